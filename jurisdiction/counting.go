package jurisdiction

import "github.com/dataresidency/dataresidency/internal/enumtext"

// A Counting says over what period a law counts data subjects for a volume
// threshold. The zero Counting is [CountHeld].
type Counting uint8

// The countings.
const (
	// CountHeld counts the subjects whose data is held, whenever it was
	// collected.
	CountHeld Counting = iota
	// CountCalendarYear counts since 1 January of the as-of year (the CAC
	// Provisions on Promoting and Regulating Cross-Border Data Flows, 2024).
	CountCalendarYear
	// CountSincePreviousYear counts since 1 January of the year before the
	// as-of year (the CAC Security Assessment Measures, 2022).
	CountSincePreviousYear
	// CountTrailing12Months counts over the twelve months before the as-of
	// date (28 CFR 202.205).
	CountTrailing12Months
	countingEnd
)

var countingText = enumtext.Text[Counting]{Pkg: "jurisdiction", Type: "Counting", Noun: "counting", Unknown: "counting", Names: []string{
	CountHeld: "held", CountCalendarYear: "calendar-year",
	CountSincePreviousYear: "since-previous-year", CountTrailing12Months: "trailing-12-months",
}}

// IsValid reports whether c is one of the declared countings.
func (c Counting) IsValid() bool { return c < countingEnd }

// String returns the counting's name, such as "calendar-year".
func (c Counting) String() string { return countingText.Format(c) }

// MarshalText implements encoding.TextMarshaler.
func (c Counting) MarshalText() ([]byte, error) { return countingText.Marshal(c) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *Counting) UnmarshalText(b []byte) error { return countingText.Unmarshal(b, c) }

// Start returns the first day of the counting window that ends on asOf, or
// the zero Date for CountHeld (no window: everything held counts).
func (c Counting) Start(asOf Date) Date {
	if asOf.IsZero() {
		return Date{}
	}
	switch c {
	case CountCalendarYear:
		d, _ := NewDate(asOf.Year(), 1, 1)
		return d
	case CountSincePreviousYear:
		if asOf.Year() <= MinYear {
			return Date{}
		}
		d, _ := NewDate(asOf.Year()-1, 1, 1)
		return d
	case CountTrailing12Months:
		return DateOf(asOf.Time().AddDate(-1, 0, 0)).AddDays(1)
	}
	return Date{}
}

// Limits restrict when a [Mechanism] can be relied on, by who the
// controller is and how much data it moves. The zero Limits restrict
// nothing.
type Limits struct {
	// NotCII excludes controllers designated critical-information-
	// infrastructure operators by the mechanism's jurisdiction.
	NotCII bool `json:"not_cii,omitzero"`
	// MaxSubjects is the number of data subjects (in the mechanism's
	// jurisdiction, counted as Counting says, summed over the controller's
	// datasets without sensitive data) below which the mechanism is
	// available; 0 means no limit.
	MaxSubjects int64 `json:"max_subjects,omitzero"`
	// MaxSensitiveSubjects is the same limit for datasets with sensitive
	// personal data; 0 means no limit.
	MaxSensitiveSubjects int64 `json:"max_sensitive_subjects,omitzero"`
	// NoSensitive excludes datasets with sensitive personal data.
	NoSensitive bool     `json:"no_sensitive,omitzero"`
	Counting    Counting `json:"counting,omitzero"`
}

// IsZero reports whether l restricts nothing.
func (l Limits) IsZero() bool { return l == Limits{} }
