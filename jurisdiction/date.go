package jurisdiction

import (
	"errors"
	"fmt"
	"time"

	"github.com/dataresidency/dataresidency/internal/clip"
)

// A Date is a calendar day, the granularity at which laws take and lose
// effect. It is a small comparable value: two Dates are equal when they
// name the same day, and they order with [Date.Compare], [Date.Before] and
// [Date.After].
//
// The zero Date is not a day: it means "unbounded" where a [Period] uses
// it and "not set" elsewhere. [Date.IsZero] reports it.
type Date struct {
	ymd int32 // year*10000 + month*100 + day; 0 for the zero Date
}

// ErrDate is returned, wrapped, for a malformed or impossible date.
var ErrDate = errors.New("jurisdiction: invalid date")

// MinYear and MaxYear bound the years a Date can hold. The lower bound
// keeps every Date clear of the zero time.Time (0001-01-01), which
// [DateOf] maps to the zero Date.
const (
	MinYear = 1000
	MaxYear = 9999
)

// NewDate returns the Date for the given year, month and day. It returns
// an error wrapping [ErrDate] if the day does not exist (2023-02-29) or the
// year is outside [MinYear] to [MaxYear].
func NewDate(year int, month time.Month, day int) (Date, error) {
	if year < MinYear || year > MaxYear || month < time.January || month > time.December || day < 1 {
		return Date{}, fmt.Errorf("%w: %04d-%02d-%02d", ErrDate, year, int(month), day)
	}
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day || t.Month() != month {
		return Date{}, fmt.Errorf("%w: %04d-%02d-%02d does not exist", ErrDate, year, int(month), day)
	}
	return Date{int32(year*10000 + int(month)*100 + day)}, nil
}

// DateOf returns the calendar day of t in t's own location. The zero
// time.Time, and any time outside [MinYear] to [MaxYear], gives the zero
// Date.
func DateOf(t time.Time) Date {
	if t.IsZero() {
		return Date{}
	}
	y, m, d := t.Date()
	if y < MinYear || y > MaxYear {
		return Date{}
	}
	return Date{int32(y*10000 + int(m)*100 + d)}
}

// ParseDate parses an ISO 8601 calendar date, "2006-01-02". The empty
// string gives the zero Date and no error.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, fmt.Errorf("%w: %s is not YYYY-MM-DD", ErrDate, clip.Quote(s))
	}
	n := [3]int{}
	for i, part := range [3]string{s[0:4], s[5:7], s[8:10]} {
		for _, c := range []byte(part) {
			if c < '0' || c > '9' {
				return Date{}, fmt.Errorf("%w: %s is not YYYY-MM-DD", ErrDate, clip.Quote(s))
			}
			n[i] = n[i]*10 + int(c-'0')
		}
	}
	return NewDate(n[0], time.Month(n[1]), n[2])
}

// MustParseDate is like [ParseDate] but panics on error. It is meant for
// date literals in code and tests, never for input.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d.ymd == 0 }

// Year returns the year of d, or 0 for the zero Date.
func (d Date) Year() int { return int(d.ymd / 10000) }

// Month returns the month of d, or 0 for the zero Date.
func (d Date) Month() time.Month { return time.Month(d.ymd / 100 % 100) }

// Day returns the day of the month of d, or 0 for the zero Date.
func (d Date) Day() int { return int(d.ymd % 100) }

// Compare returns -1, 0 or +1 as d is before, equal to or after e. The zero
// Date sorts before every day.
func (d Date) Compare(e Date) int {
	switch {
	case d.ymd < e.ymd:
		return -1
	case d.ymd > e.ymd:
		return 1
	}
	return 0
}

// Equal reports whether d and e are the same day. Dates are comparable
// with ==; Equal lets github.com/google/go-cmp compare values holding them.
func (d Date) Equal(e Date) bool { return d == e }

// Before reports whether d is strictly before e.
func (d Date) Before(e Date) bool { return d.ymd < e.ymd }

// After reports whether d is strictly after e.
func (d Date) After(e Date) bool { return d.ymd > e.ymd }

// AddDays returns the Date n days after d (before it if n is negative).
// The zero Date stays zero, and so does a result outside [MinYear] to
// [MaxYear].
func (d Date) AddDays(n int) Date {
	if d.IsZero() {
		return d
	}
	y, m, dd := d.Time().AddDate(0, 0, n).Date()
	if y < MinYear || y > MaxYear {
		return Date{} // outside the representable years
	}
	return Date{int32(y*10000 + int(m)*100 + dd)}
}

// Time returns midnight UTC at the start of d, or the zero time.Time for
// the zero Date.
func (d Date) Time() time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
}

// String returns d as "2006-01-02", or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year(), int(d.Month()), d.Day())
}

// MarshalText implements encoding.TextMarshaler; the zero Date marshals as
// the empty string.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with [ParseDate].
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// A Period is a span of days: from From (inclusive) to Until (exclusive).
// A zero From means "since always", a zero Until "still in force". The zero
// Period therefore contains every day.
//
// Until is the first day on which the thing no longer holds. Privacy Shield,
// invalidated by the Court of Justice on 2020-07-16, has Until 2020-07-16:
// it held on 2020-07-15 and not on 2020-07-16.
type Period struct {
	From  Date `json:"from,omitzero"`
	Until Date `json:"until,omitzero"`
}

// Contains reports whether day d lies in p. The zero Date is contained in
// no Period, because it is not a day.
func (p Period) Contains(d Date) bool {
	if d.IsZero() {
		return false
	}
	return (p.From.IsZero() || !d.Before(p.From)) && (p.Until.IsZero() || d.Before(p.Until))
}

// IsValid reports whether p is well formed: Until, when set, is after From.
func (p Period) IsValid() bool {
	return p.From.IsZero() || p.Until.IsZero() || p.From.Before(p.Until)
}

// Overlaps reports whether p and q share at least one day.
func (p Period) Overlaps(q Period) bool {
	// p starts before q ends and q starts before p ends.
	startsBefore := func(a, b Period) bool {
		return a.From.IsZero() || b.Until.IsZero() || a.From.Before(b.Until)
	}
	return startsBefore(p, q) && startsBefore(q, p)
}

// String returns p as "2016-07-12..2020-07-16", with an empty side where
// the Period is unbounded.
func (p Period) String() string { return p.From.String() + ".." + p.Until.String() }
