import PolicyCore

/// Placeholder until the Complaints rules land; replaced by the module's real files.
enum ComplaintsModulePlaceholder {}
