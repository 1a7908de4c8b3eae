import PolicyCore

/// Placeholder until the Influence rules land; replaced by the module's real files.
enum InfluenceModulePlaceholder {}
