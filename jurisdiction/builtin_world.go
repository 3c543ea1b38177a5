package jurisdiction

// The law of the rest of the world: Russia, India, Vietnam, Indonesia,
// Saudi Arabia, Brazil, Japan, South Korea, Australia, Canada (with British
// Columbia and Nova Scotia), Türkiye and Singapore.

func worldRules() []Rule { return nil }

func worldMechanisms() []Mechanism { return nil }

func worldProfiles() []AccessProfile { return nil }

func worldJurisdictions() []Jurisdiction { return nil }
