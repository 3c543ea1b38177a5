package jurisdiction

// The law of Europe beyond the GDPR's core: the EU's earlier transfer
// regime and Data Act, the United Kingdom and Switzerland.

func europeRules() []Rule { return nil }

func europeMechanisms() []Mechanism { return nil }

func europeProfiles() []AccessProfile { return nil }
