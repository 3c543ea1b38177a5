package jurisdiction_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

// day is MustParseDate, short for test tables.
func day(s string) jurisdiction.Date { return jurisdiction.MustParseDate(s) }

func TestParseDate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, reason string
		in           string
		wantY        int
		wantM        time.Month
		wantD        int
		wantZero     bool
		wantErr      bool
	}{
		{name: "plain", reason: "an ISO 8601 calendar date", in: "2021-09-01", wantY: 2021, wantM: time.September, wantD: 1},
		{name: "leap-day", reason: "2024 is a leap year, so 2024-02-29 exists", in: "2024-02-29", wantY: 2024, wantM: time.February, wantD: 29},
		{name: "leap-400", reason: "2000 is divisible by 400, so a leap year", in: "2000-02-29", wantY: 2000, wantM: time.February, wantD: 29},
		{name: "first-day", reason: "year 1000 (MinYear) is the first representable year", in: "1000-01-01", wantY: 1000, wantM: time.January, wantD: 1},
		{name: "last-day", reason: "9999-12-31 is the last representable day", in: "9999-12-31", wantY: 9999, wantM: time.December, wantD: 31},
		{name: "empty", reason: "the empty string is the zero Date, meaning unbounded or not set", in: "", wantZero: true},
		{name: "not-leap", reason: "2023 is not a leap year", in: "2023-02-29", wantErr: true},
		{name: "not-leap-100", reason: "1900 is divisible by 100 but not 400, so not a leap year", in: "1900-02-29", wantErr: true},
		{name: "month-13", reason: "there is no thirteenth month", in: "2021-13-01", wantErr: true},
		{name: "month-0", reason: "months start at 1", in: "2021-00-10", wantErr: true},
		{name: "day-0", reason: "days start at 1", in: "2021-01-00", wantErr: true},
		{name: "april-31", reason: "April has 30 days", in: "2021-04-31", wantErr: true},
		{name: "day-32", reason: "no month has 32 days", in: "2021-01-32", wantErr: true},
		{name: "year-0", reason: "year 0 is outside 1 to 9999", in: "0000-01-01", wantErr: true},
		{name: "short-month", reason: "months have two digits", in: "2021-1-01", wantErr: true},
		{name: "slashes", reason: "the separator is '-'", in: "2021/01/01", wantErr: true},
		{name: "basic-format", reason: "the ISO 8601 basic format is not accepted", in: "20210101", wantErr: true},
		{name: "datetime", reason: "a date-time is not a date", in: "2021-01-01T00:00:00Z", wantErr: true},
		{name: "leading-space", reason: "space is not trimmed", in: " 2021-01-01", wantErr: true},
		{name: "sign", reason: "a signed year is not accepted", in: "+021-01-01", wantErr: true},
		{name: "letters", reason: "every field is digits", in: "20a1-01-01", wantErr: true},
		{name: "negative-day", reason: "a '-' inside a field is not a digit", in: "2021-01--1", wantErr: true},
		{name: "non-ascii-digits", reason: "only ASCII digits are accepted", in: "２０２１-01-01", wantErr: true},
		{name: "garbage", reason: "not a date at all", in: "yesterday", wantErr: true},
	}
	for _, tt := range tests {
		checkRow(t, tt.name, tt.reason)
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := jurisdiction.ParseDate(tt.in)
			if tt.wantErr {
				if !errors.Is(err, jurisdiction.ErrDate) {
					t.Fatalf("ParseDate(%q) error = %v, want ErrDate (%s)", tt.in, err, tt.reason)
				}
				if !got.IsZero() {
					t.Errorf("ParseDate(%q) = %v with an error, want the zero Date", tt.in, got)
				}
				if !strings.HasPrefix(err.Error(), "jurisdiction: ") {
					t.Errorf("error %q lacks the package prefix", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseDate(%q) error = %v (%s)", tt.in, err, tt.reason)
			}
			if got.IsZero() != tt.wantZero {
				t.Errorf("ParseDate(%q).IsZero() = %t, want %t", tt.in, got.IsZero(), tt.wantZero)
			}
			if got.Year() != tt.wantY || got.Month() != tt.wantM || got.Day() != tt.wantD {
				t.Errorf("ParseDate(%q) = %d-%d-%d, want %d-%d-%d (%s)", tt.in,
					got.Year(), got.Month(), got.Day(), tt.wantY, tt.wantM, tt.wantD, tt.reason)
			}
			if got.String() != tt.in {
				t.Errorf("ParseDate(%q).String() = %q", tt.in, got.String())
			}
			if m := jurisdiction.MustParseDate(tt.in); m != got {
				t.Errorf("MustParseDate(%q) = %v, ParseDate gave %v", tt.in, m, got)
			}
		})
	}
}

func TestMustParseDatePanics(t *testing.T) {
	t.Parallel()
	defer func() {
		if recover() == nil {
			t.Error("MustParseDate(\"2023-02-29\") did not panic")
		}
	}()
	jurisdiction.MustParseDate("2023-02-29")
}

func TestNewDate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, reason string
		y            int
		m            time.Month
		d            int
		want         string // String(); "" when an error is wanted
	}{
		{name: "plain", reason: "an ordinary day", y: 2018, m: time.May, d: 25, want: "2018-05-25"},
		{name: "leap", reason: "2024-02-29 exists", y: 2024, m: time.February, d: 29, want: "2024-02-29"},
		{name: "not-leap", reason: "2023-02-29 does not exist and must not normalise to March 1", y: 2023, m: time.February, d: 29},
		{name: "day-31-of-30", reason: "June has 30 days", y: 2021, m: time.June, d: 31},
		{name: "month-13", reason: "no thirteenth month; must not normalise to January", y: 2021, m: 13, d: 1},
		{name: "month-0", reason: "months start at 1", y: 2021, m: 0, d: 1},
		{name: "day-0", reason: "must not normalise to the last day of the previous month", y: 2021, m: time.March, d: 0},
		{name: "negative-day", reason: "days are positive", y: 2021, m: time.March, d: -1},
		{name: "year-0", reason: "years start at 1", y: 0, m: time.January, d: 1},
		{name: "year-10000", reason: "years end at 9999, which four digits can show", y: 10000, m: time.January, d: 1},
		{name: "min-year", reason: "MinYear is in range", y: 1000, m: time.January, d: 1, want: "1000-01-01"},
	}
	for _, tt := range tests {
		checkRow(t, tt.name, tt.reason)
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := jurisdiction.NewDate(tt.y, tt.m, tt.d)
			if tt.want == "" {
				if !errors.Is(err, jurisdiction.ErrDate) {
					t.Errorf("NewDate(%d, %d, %d) = %v, %v; want ErrDate (%s)", tt.y, tt.m, tt.d, got, err, tt.reason)
				}
				if !got.IsZero() {
					t.Errorf("NewDate(%d, %d, %d) = %v with an error, want the zero Date", tt.y, tt.m, tt.d, got)
				}
				return
			}
			if err != nil || got.String() != tt.want {
				t.Errorf("NewDate(%d, %d, %d) = %v, %v; want %s (%s)", tt.y, tt.m, tt.d, got, err, tt.want, tt.reason)
			}
			if got != day(tt.want) {
				t.Errorf("NewDate(%d, %d, %d) != ParseDate(%q)", tt.y, tt.m, tt.d, tt.want)
			}
		})
	}
}

func TestDateOf(t *testing.T) {
	t.Parallel()
	shanghai := time.FixedZone("UTC+8", 8*3600)
	newYork := time.FixedZone("UTC-5", -5*3600)
	tests := []struct {
		name, reason string
		in           time.Time
		want         jurisdiction.Date
	}{
		{name: "utc", reason: "midnight UTC is that day", in: time.Date(2021, 9, 1, 0, 0, 0, 0, time.UTC), want: day("2021-09-01")},
		{name: "utc-late", reason: "the last nanosecond of a day is still that day", in: time.Date(2021, 8, 31, 23, 59, 59, 999999999, time.UTC), want: day("2021-08-31")},
		{name: "east-of-utc", reason: "20:00 UTC on 08-31 is already 09-01 in UTC+8: the day is taken in t's own location",
			in: time.Date(2021, 8, 31, 20, 0, 0, 0, time.UTC).In(shanghai), want: day("2021-09-01")},
		{name: "west-of-utc", reason: "02:00 UTC on 09-01 is still 08-31 in UTC-5",
			in: time.Date(2021, 9, 1, 2, 0, 0, 0, time.UTC).In(newYork), want: day("2021-08-31")},
		{name: "zero-time", reason: "the zero time.Time gives the zero Date, not 0001-01-01", in: time.Time{}, want: jurisdiction.Date{}},
		{name: "year-0", reason: "years before 1 are not representable", in: time.Date(0, 12, 31, 0, 0, 0, 0, time.UTC), want: jurisdiction.Date{}},
		{name: "year-10000", reason: "years after 9999 are not representable", in: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), want: jurisdiction.Date{}},
		{name: "before-min-year", reason: "years before MinYear are not Dates", in: time.Date(1, 1, 1, 12, 0, 0, 0, time.UTC), want: jurisdiction.Date{}},
	}
	for _, tt := range tests {
		checkRow(t, tt.name, tt.reason)
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := jurisdiction.DateOf(tt.in); got != tt.want {
				t.Errorf("DateOf(%v) = %q, want %q (%s)", tt.in, got, tt.want, tt.reason)
			}
		})
	}
}

func TestDateTime(t *testing.T) {
	t.Parallel()
	d := day("2020-07-16")
	want := time.Date(2020, 7, 16, 0, 0, 0, 0, time.UTC)
	if got := d.Time(); !got.Equal(want) || got.Location() != time.UTC {
		t.Errorf("Time() = %v, want %v", got, want)
	}
	if got := jurisdiction.DateOf(d.Time()); got != d {
		t.Errorf("DateOf(Time()) = %v, want %v", got, d)
	}
	if got := (jurisdiction.Date{}).Time(); !got.IsZero() {
		t.Errorf("zero Date Time() = %v, want the zero time", got)
	}
}

func TestZeroDate(t *testing.T) {
	t.Parallel()
	var z jurisdiction.Date
	if !z.IsZero() {
		t.Error("zero Date is not IsZero")
	}
	if z.String() != "" || z.Year() != 0 || z.Month() != 0 || z.Day() != 0 {
		t.Errorf("zero Date = %q %d-%d-%d, want \"\" 0-0-0", z.String(), z.Year(), z.Month(), z.Day())
	}
	if !z.Before(day("1000-01-01")) {
		t.Error("zero Date is not before every day")
	}
}

func TestDateCompare(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, reason string
		a, b         jurisdiction.Date
		want         int
	}{
		{name: "equal", reason: "a day equals itself", a: day("2020-07-16"), b: day("2020-07-16"), want: 0},
		{name: "day", reason: "the day decides within a month", a: day("2020-07-15"), b: day("2020-07-16"), want: -1},
		{name: "month", reason: "the month decides before the day", a: day("2020-06-30"), b: day("2020-07-01"), want: -1},
		{name: "year", reason: "the year decides before the month", a: day("2019-12-31"), b: day("2020-01-01"), want: -1},
		{name: "after", reason: "a later day compares greater", a: day("2021-01-01"), b: day("2020-12-31"), want: 1},
		{name: "zero-first", reason: "the zero Date sorts before every day", a: jurisdiction.Date{}, b: day("1000-01-01"), want: -1},
		{name: "zero-zero", reason: "the zero Date equals itself", a: jurisdiction.Date{}, b: jurisdiction.Date{}, want: 0},
	}
	for _, tt := range tests {
		checkRow(t, tt.name, tt.reason)
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := tt.a.Compare(tt.b); got != tt.want {
				t.Errorf("%q.Compare(%q) = %d, want %d (%s)", tt.a, tt.b, got, tt.want, tt.reason)
			}
			if got := tt.b.Compare(tt.a); got != -tt.want {
				t.Errorf("%q.Compare(%q) = %d, want %d", tt.b, tt.a, got, -tt.want)
			}
			if got := tt.a.Before(tt.b); got != (tt.want < 0) {
				t.Errorf("%q.Before(%q) = %t, Compare = %d", tt.a, tt.b, got, tt.want)
			}
			if got := tt.a.After(tt.b); got != (tt.want > 0) {
				t.Errorf("%q.After(%q) = %t, Compare = %d", tt.a, tt.b, got, tt.want)
			}
			if got := tt.a.Equal(tt.b); got != (tt.want == 0) {
				t.Errorf("%q.Equal(%q) = %t, Compare = %d", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestDateAddDays(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, reason string
		d            jurisdiction.Date
		n            int
		want         jurisdiction.Date
	}{
		{name: "zero-days", reason: "adding nothing is the identity", d: day("2021-06-15"), n: 0, want: day("2021-06-15")},
		{name: "to-leap-day", reason: "2024 has a 29 February", d: day("2024-02-28"), n: 1, want: day("2024-02-29")},
		{name: "over-leap-day", reason: "two days after 2024-02-28 is 1 March", d: day("2024-02-28"), n: 2, want: day("2024-03-01")},
		{name: "no-leap-day", reason: "2023 has no 29 February", d: day("2023-02-28"), n: 1, want: day("2023-03-01")},
		{name: "year-end", reason: "the day after New Year's Eve is in the next year", d: day("2023-12-31"), n: 1, want: day("2024-01-01")},
		{name: "backwards", reason: "negative n goes back, across the leap day", d: day("2024-03-01"), n: -1, want: day("2024-02-29")},
		{name: "leap-year", reason: "2024 has 366 days", d: day("2024-01-01"), n: 366, want: day("2025-01-01")},
		{name: "transition-end", reason: "the UK's transition ended on 2020-12-31; the next day is the first outside", d: day("2020-12-31"), n: 1, want: day("2021-01-01")},
		{name: "zero-stays-zero", reason: "the zero Date is not a day and stays zero", d: jurisdiction.Date{}, n: 10, want: jurisdiction.Date{}},
	}
	for _, tt := range tests {
		checkRow(t, tt.name, tt.reason)
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := tt.d.AddDays(tt.n); got != tt.want {
				t.Errorf("%q.AddDays(%d) = %q, want %q (%s)", tt.d, tt.n, got, tt.want, tt.reason)
			}
		})
	}
}

// TestDateFirstDayRoundTrip checks that the first representable day
// survives Time, DateOf and AddDays, and that days before it, which would
// collide with the zero time.Time, are not Dates.
func TestDateFirstDayRoundTrip(t *testing.T) {
	t.Parallel()
	first := day("1000-01-01")
	if got := jurisdiction.DateOf(first.Time()); got != first {
		t.Errorf("DateOf(%v.Time()) = %q, want %v", first, got, first)
	}
	if got := first.AddDays(0); got != first {
		t.Errorf("%v.AddDays(0) = %q, want %v", first, got, first)
	}
	if got := day("1000-01-02").AddDays(-1); got != first {
		t.Errorf("1000-01-02.AddDays(-1) = %q, want %v", got, first)
	}
	if got := first.AddDays(-1); !got.IsZero() {
		t.Errorf("%v.AddDays(-1) = %q, want the zero Date", first, got)
	}
	if _, err := jurisdiction.ParseDate("0001-01-01"); !errors.Is(err, jurisdiction.ErrDate) {
		t.Errorf("ParseDate(0001-01-01) = %v, want ErrDate: it would be the zero time.Time", err)
	}
}

func TestDateText(t *testing.T) {
	t.Parallel()
	type doc struct {
		From  jurisdiction.Date `json:"from"`
		Until jurisdiction.Date `json:"until,omitzero"`
	}
	in := doc{From: day("2016-07-12")}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"from":"2016-07-12"}`; string(b) != want {
		t.Errorf("json.Marshal = %s, want %s (omitzero drops the zero Date)", b, want)
	}
	var out doc
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
	if err := json.Unmarshal([]byte(`{"from":"2023-02-29"}`), &out); !errors.Is(err, jurisdiction.ErrDate) {
		t.Errorf("json.Unmarshal of 2023-02-29: error = %v, want ErrDate", err)
	}
	var z jurisdiction.Date = day("2020-01-01")
	if err := z.UnmarshalText(nil); err != nil || !z.IsZero() {
		t.Errorf("UnmarshalText(empty) = %v, %v; want the zero Date", z, err)
	}
	if text, _ := (jurisdiction.Date{}).MarshalText(); len(text) != 0 {
		t.Errorf("zero Date MarshalText() = %q, want empty", text)
	}
}

func TestPeriodContains(t *testing.T) {
	t.Parallel()
	// Privacy Shield: adopted 2016-07-12, invalidated by the Court of
	// Justice on 2020-07-16 (C-311/18, Schrems II).
	shield := jurisdiction.Period{From: day("2016-07-12"), Until: day("2020-07-16")}
	since := jurisdiction.Period{From: day("2018-05-25")}
	until := jurisdiction.Period{Until: day("2020-02-01")}
	tests := []struct {
		name, reason string
		p            jurisdiction.Period
		d            jurisdiction.Date
		want         bool
	}{
		{name: "before-from", reason: "the day before From is outside", p: shield, d: day("2016-07-11"), want: false},
		{name: "from-inclusive", reason: "From is the first day inside", p: shield, d: day("2016-07-12"), want: true},
		{name: "middle", reason: "a day between the bounds is inside", p: shield, d: day("2019-06-01"), want: true},
		{name: "last-day", reason: "the day before Until is the last day inside", p: shield, d: day("2020-07-15"), want: true},
		{name: "until-exclusive", reason: "Until is the first day outside: Schrems II took effect on the day of judgment", p: shield, d: day("2020-07-16"), want: false},
		{name: "after-until", reason: "later days are outside", p: shield, d: day("2023-07-10"), want: false},
		{name: "open-until", reason: "a zero Until means still in force", p: since, d: day("9999-12-31"), want: true},
		{name: "open-until-before", reason: "an open end does not open the start", p: since, d: day("2018-05-24"), want: false},
		{name: "open-from", reason: "a zero From means since always", p: until, d: day("1000-01-01"), want: true},
		{name: "open-from-until", reason: "an open start does not open the end", p: until, d: day("2020-02-01"), want: false},
		{name: "zero-period-first", reason: "the zero Period contains every day", p: jurisdiction.Period{}, d: day("1000-01-01"), want: true},
		{name: "zero-period-last", reason: "the zero Period contains every day", p: jurisdiction.Period{}, d: day("9999-12-31"), want: true},
		{name: "zero-date-zero-period", reason: "the zero Date is not a day, so no Period contains it", p: jurisdiction.Period{}, d: jurisdiction.Date{}, want: false},
		{name: "zero-date-open-from", reason: "the zero Date is not 'since always'", p: until, d: jurisdiction.Date{}, want: false},
		{name: "zero-date-bounded", reason: "the zero Date is in no Period", p: shield, d: jurisdiction.Date{}, want: false},
	}
	for _, tt := range tests {
		checkRow(t, tt.name, tt.reason)
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := tt.p.Contains(tt.d); got != tt.want {
				t.Errorf("%v.Contains(%q) = %t, want %t (%s)", tt.p, tt.d, got, tt.want, tt.reason)
			}
		})
	}
}

func TestPeriodValid(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, reason string
		p            jurisdiction.Period
		want         bool
	}{
		{name: "zero", reason: "the zero Period (always) is well formed", p: jurisdiction.Period{}, want: true},
		{name: "from-only", reason: "an open end is well formed", p: jurisdiction.Period{From: day("2020-01-01")}, want: true},
		{name: "until-only", reason: "an open start is well formed", p: jurisdiction.Period{Until: day("2020-01-01")}, want: true},
		{name: "one-day", reason: "[d, d+1) is the shortest well-formed period", p: jurisdiction.Period{From: day("2020-01-01"), Until: day("2020-01-02")}, want: true},
		{name: "empty", reason: "From == Until holds no day, since Until is exclusive", p: jurisdiction.Period{From: day("2020-01-01"), Until: day("2020-01-01")}, want: false},
		{name: "reversed", reason: "Until before From", p: jurisdiction.Period{From: day("2020-01-02"), Until: day("2020-01-01")}, want: false},
	}
	for _, tt := range tests {
		checkRow(t, tt.name, tt.reason)
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := tt.p.IsValid(); got != tt.want {
				t.Errorf("%v.IsValid() = %t, want %t (%s)", tt.p, got, tt.want, tt.reason)
			}
		})
	}
}

func TestPeriodOverlaps(t *testing.T) {
	t.Parallel()
	p := func(from, until string) jurisdiction.Period {
		var pp jurisdiction.Period
		if from != "" {
			pp.From = day(from)
		}
		if until != "" {
			pp.Until = day(until)
		}
		return pp
	}
	tests := []struct {
		name, reason string
		a, b         jurisdiction.Period
		want         bool
	}{
		{name: "adjacent", reason: "[a,b) and [b,c) share no day: Until is exclusive (UK membership then transition)",
			a: p("1973-01-01", "2020-02-01"), b: p("2020-02-01", "2021-01-01"), want: false},
		{name: "one-day-shared", reason: "[a,b+1) and [b,c) share day b",
			a: p("1973-01-01", "2020-02-02"), b: p("2020-02-01", "2021-01-01"), want: true},
		{name: "disjoint", reason: "periods with a gap between them share nothing",
			a: p("2016-07-12", "2020-07-16"), b: p("2023-07-10", ""), want: false},
		{name: "crossing", reason: "periods that cross share the days between",
			a: p("2020-01-01", "2021-01-01"), b: p("2020-06-01", "2021-06-01"), want: true},
		{name: "nested", reason: "a period inside another overlaps it",
			a: p("2020-01-01", "2022-01-01"), b: p("2021-01-01", "2021-02-01"), want: true},
		{name: "identical", reason: "a period overlaps itself", a: p("2020-01-01", "2020-01-02"), b: p("2020-01-01", "2020-01-02"), want: true},
		{name: "zero-period", reason: "the zero Period contains every day, so overlaps any valid period",
			a: jurisdiction.Period{}, b: p("2020-01-01", "2020-01-02"), want: true},
		{name: "zero-zero", reason: "two unbounded periods overlap", a: jurisdiction.Period{}, b: jurisdiction.Period{}, want: true},
		{name: "open-ends-meet", reason: "(-inf, b) and [b, inf) share no day", a: p("", "2021-01-01"), b: p("2021-01-01", ""), want: false},
		{name: "open-ends-cross", reason: "(-inf, b) and [a, inf) with a < b share [a, b)", a: p("", "2021-01-02"), b: p("2021-01-01", ""), want: true},
		{name: "open-start-both", reason: "two periods open at the start share early days", a: p("", "2000-01-01"), b: p("", "1990-01-01"), want: true},
		{name: "open-end-both", reason: "two periods open at the end share late days", a: p("2000-01-01", ""), b: p("2030-01-01", ""), want: true},
	}
	for _, tt := range tests {
		checkRow(t, tt.name, tt.reason)
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := tt.a.Overlaps(tt.b); got != tt.want {
				t.Errorf("%v.Overlaps(%v) = %t, want %t (%s)", tt.a, tt.b, got, tt.want, tt.reason)
			}
			if got := tt.b.Overlaps(tt.a); got != tt.want {
				t.Errorf("%v.Overlaps(%v) = %t, want %t (symmetry)", tt.b, tt.a, got, tt.want)
			}
		})
	}
}

// TestPeriodOverlapsExhaustive checks Overlaps against its definition, "p
// and q share at least one day", for every pair of valid periods whose
// bounds are zero or one of a few days.
func TestPeriodOverlapsExhaustive(t *testing.T) {
	t.Parallel()
	base := day("2020-01-01")
	// Bounds are zero or days 5..10; days 0..15 then include a witness for
	// every shared day, even for unbounded sides.
	bounds := []jurisdiction.Date{{}}
	for i := 5; i <= 10; i++ {
		bounds = append(bounds, base.AddDays(i))
	}
	var periods []jurisdiction.Period
	for _, f := range bounds {
		for _, u := range bounds {
			if p := (jurisdiction.Period{From: f, Until: u}); p.IsValid() {
				periods = append(periods, p)
			}
		}
	}
	for _, p := range periods {
		for _, q := range periods {
			want := false
			for i := 0; i <= 15; i++ {
				if d := base.AddDays(i); p.Contains(d) && q.Contains(d) {
					want = true
					break
				}
			}
			if got := p.Overlaps(q); got != want {
				t.Errorf("%v.Overlaps(%v) = %t, want %t", p, q, got, want)
			}
		}
	}
}

func TestPeriodString(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, reason string
		p            jurisdiction.Period
		want         string
	}{
		{name: "bounded", reason: "both bounds", p: jurisdiction.Period{From: day("2016-07-12"), Until: day("2020-07-16")}, want: "2016-07-12..2020-07-16"},
		{name: "open-end", reason: "an empty right side is still in force", p: jurisdiction.Period{From: day("2018-03-23")}, want: "2018-03-23.."},
		{name: "open-start", reason: "an empty left side is since always", p: jurisdiction.Period{Until: day("2020-02-01")}, want: "..2020-02-01"},
		{name: "zero", reason: "both sides empty", p: jurisdiction.Period{}, want: ".."},
	}
	for _, tt := range tests {
		checkRow(t, tt.name, tt.reason)
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := tt.p.String(); got != tt.want {
				t.Errorf("String() = %q, want %q (%s)", got, tt.want, tt.reason)
			}
			if got := fmt.Sprint(tt.p); got != tt.want {
				t.Errorf("fmt.Sprint = %q, want %q", got, tt.want)
			}
		})
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"2021-09-01", "2024-02-29", "2023-02-29", "2021-13-01", "2021-00-01", "2021-01-00",
		"0000-01-01", "0001-01-01", "9999-12-31", "", "2021-1-01", "20210101", "2021/01/01",
		"+021-01-01", "２０２１-01-01", "2021-01-01T00:00:00Z", "\xff\xff\xff\xff-\xff\xff-\xff\xff",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := jurisdiction.ParseDate(s)
		if err != nil {
			if !errors.Is(err, jurisdiction.ErrDate) {
				t.Fatalf("ParseDate(%q) error %v does not wrap ErrDate", s, err)
			}
			if !d.IsZero() {
				t.Fatalf("ParseDate(%q) = %v with error", s, d)
			}
			return
		}
		if d.IsZero() != (s == "") {
			t.Fatalf("ParseDate(%q) = %v; only the empty string gives the zero Date", s, d)
		}
		if d.String() != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, d.String())
		}
		again, err := jurisdiction.ParseDate(d.String())
		if err != nil || again != d {
			t.Fatalf("ParseDate(String()) = %v, %v; want %v", again, err, d)
		}
		text, err := d.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back jurisdiction.Date
		if err := back.UnmarshalText(text); err != nil || back != d {
			t.Fatalf("UnmarshalText(MarshalText()) = %v, %v; want %v", back, err, d)
		}
		if d.IsZero() {
			return
		}
		if nd, err := jurisdiction.NewDate(d.Year(), d.Month(), d.Day()); err != nil || nd != d {
			t.Fatalf("NewDate(%d, %d, %d) = %v, %v; want %v", d.Year(), d.Month(), d.Day(), nd, err, d)
		}
		if got := jurisdiction.DateOf(d.Time()); got != d {
			t.Fatalf("DateOf(%v.Time()) = %v", d, got)
		}
		if d.Year() < 9999 || d.Month() < time.December {
			if next := d.AddDays(1); !next.After(d) || next.AddDays(-1) != d {
				t.Fatalf("%v.AddDays(1) = %v, and back gives %v", d, next, next.AddDays(-1))
			}
		}
	})
}
