import PolicyCore

/// Placeholder until the Coercion rules land; replaced by the module's real files.
enum CoercionModulePlaceholder {}
