package jurisdiction

import (
	"net/url"
	"strings"
	"testing"
)

// TestEveryHostingCountryResearched: every country that hosts a region of
// the built-in catalog has a rule in force today, or lies in the territory
// of one, or has a survey recording what it lacks. A country with neither
// would make every assessment of data there read as "no restriction".
func TestEveryHostingCountryResearched(t *testing.T) {
	t.Parallel()
	cat := Default()
	// The newest research of the catalog (the surveys and rules added on
	// that day): the catalog claims to be current on it.
	today := MustParseDate("2026-12-07")
	inForce := map[Code]bool{}
	for r := range cat.Rules() {
		if !r.InForce(today) {
			continue
		}
		for _, c := range r.Area() {
			inForce[c] = true
			if b, ok := cat.Bloc(c); ok {
				for _, m := range b.MembersOn(today) {
					inForce[m] = true
				}
			}
		}
	}
	seen := map[Code]bool{}
	for r := range cat.Regions() {
		c := r.Country
		if seen[c] {
			continue
		}
		seen[c] = true
		_, surveyed := cat.Survey(c)
		if !inForce[c] && !surveyed {
			t.Errorf("%s hosts %s but has no rule in force on %s and no survey", c, r.ID(), today)
		}
	}
}

// TestRuleSources: every rule cites at least one source, and a verified
// rule cites at least one page, not a bare homepage.
func TestRuleSources(t *testing.T) {
	t.Parallel()
	for r := range Default().Rules() {
		if len(r.Sources) == 0 {
			t.Errorf("%s has no source", r.ID)
			continue
		}
		if !r.Verified {
			continue
		}
		page := false
		for _, s := range r.Sources {
			page = page || pageURL(s.URL)
		}
		if !page {
			t.Errorf("%s is verified but cites no page, only %v", r.ID, r.Sources)
		}
	}
}

// pageURL reports whether raw is an http(s) URL that names a page (a path
// or a query), not a bare homepage.
func pageURL(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return false
	}
	return strings.Trim(u.Path, "/") != "" || u.RawQuery != ""
}

// checkPageSources wants at least one source, each with a URL that names
// a page, not a bare host.
func checkPageSources(t *testing.T, id string, sources []Source) {
	t.Helper()
	if len(sources) == 0 {
		t.Errorf("%s: no sources", id)
	}
	for _, s := range sources {
		if !pageURL(s.URL) {
			t.Errorf("%s: source %q has a bare or missing URL %q", id, s.Title, s.URL)
		}
	}
}
