import PolicyCore

/// Placeholder until the DayOffers rules land; replaced by the module's real files.
enum DayOffersModulePlaceholder {}
