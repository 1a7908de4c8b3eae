import PolicyCore

/// Placeholder until the Confidentiality rules land; replaced by the module's real files.
enum ConfidentialityModulePlaceholder {}
