// Package sarif writes a [residency.Report] as a SARIF 2.1.0 log, the
// static-analysis results format that code-scanning services, editors and
// CI systems read.
//
// The mapping:
//
//   - One run, whose tool.driver is named "dataresidency" and lists, as
//     rules, one reportingDescriptor for every catalog rule a finding
//     cites, sorted by ID: its ID, its citation as name, its title as
//     shortDescription, a fullDescription, help citing the law and
//     article with the rule's sources, helpUri from the first source with
//     a URL, and properties kind, jurisdiction, effective, verified and,
//     where set, end, reviewed, territory, with the citation in full.
//   - One result per finding, in the report's order: violations, then
//     conflicts, exposures and obligations. Violations and conflicts have
//     level "error"; an exposure is "warning" when a government foreign to
//     the report's consumer can obtain readable data, "note" otherwise;
//     obligations are "note" (see [FindingLevel]). A conflict's ruleId is
//     its first compelling rule; an exposure's its first rule (an exposure
//     whose reach is presumed cites no rule and has no ruleId).
//   - Every result carries its message, the finding ID as
//     partialFingerprints["dataresidency/v1"] and properties.findingId, the
//     topology path as a logical location and, when a URI is given, the
//     topology document as the artifact location; the remaining facts
//     (rules of both sides of a conflict, datasets, party, readability)
//     are in properties.
//   - A waived finding carries a suppression of kind "external", status
//     "accepted", with the waiver's justification, approver and expiry.
//
// The output is deterministic: the same report, catalog and URI give the
// same bytes.
package sarif

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// SchemaURI is the $schema the log names: the OASIS SARIF 2.1.0 schema.
const SchemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

// ToolName is the driver name in every log.
const ToolName = "dataresidency"

// InformationURI is where the driver's documentation is.
const InformationURI = "https://github.com/dataresidency/dataresidency"

// FingerprintKey is the partialFingerprints key that holds a result's
// finding ID.
const FingerprintKey = "dataresidency/v1"

// A Level is the severity of a finding, as SARIF names it.
type Level string

// The levels, from most to least severe.
const (
	Error   Level = "error"
	Warning Level = "warning"
	Note    Level = "note"
	None    Level = "none"
)

// Rank orders levels: Error 3, Warning 2, Note 1, anything else 0.
func (l Level) Rank() int {
	switch l {
	case Error:
		return 3
	case Warning:
		return 2
	case Note:
		return 1
	}
	return 0
}

// ParseLevel parses "error", "warning", "note" or "none".
func ParseLevel(s string) (Level, error) {
	switch l := Level(s); l {
	case Error, Warning, Note, None:
		return l, nil
	}
	return "", fmt.Errorf("sarif: unknown level %q (want error, warning, note or none)", s)
}

// Foreign reports whether the government of gov is foreign to a consumer
// in consumer on day d: the consumer is not in gov (nor, for a bloc, a
// member of it on d) and gov is not a subdivision of the consumer's
// country. Every government is foreign to a consumer with no home regime
// (the zero Code). cat may be nil for the built-in catalog.
func Foreign(cat *jurisdiction.Catalog, consumer, gov jurisdiction.Code, d jurisdiction.Date) bool {
	if !consumer.IsValid() {
		return true
	}
	if cat == nil {
		cat = jurisdiction.Default()
	}
	if gov == consumer || gov.Country() == consumer.Country() {
		return false
	}
	return !cat.Within(consumer, gov, d)
}

// ExposureLevel is the level of exposure x in rep: Warning when a
// government foreign to rep's consumer can obtain readable data, Note
// otherwise.
func ExposureLevel(cat *jurisdiction.Catalog, rep *residency.Report, x residency.Exposure) Level {
	if x.Readable && Foreign(cat, rep.Consumer, x.Government, rep.AsOf) {
		return Warning
	}
	return Note
}

// FindingLevel returns the level of the finding with the given ID in rep
// and whether rep has it: Error for violations and conflicts, Warning or
// Note for exposures (see [ExposureLevel]), Note for obligations. Waivers
// do not change a finding's level; see [Waived].
func FindingLevel(cat *jurisdiction.Catalog, rep *residency.Report, id string) (Level, bool) {
	for _, v := range rep.Violations {
		if v.ID == id {
			return Error, true
		}
	}
	for _, c := range rep.Conflicts {
		if c.ID == id {
			return Error, true
		}
	}
	for _, x := range rep.Exposures {
		if x.ID == id {
			return ExposureLevel(cat, rep, x), true
		}
	}
	for _, o := range rep.Obligations {
		if o.ID == id {
			return Note, true
		}
	}
	return "", false
}

// log is a SARIF log, reduced to the properties this package writes, in
// the order the specification lists them.
type log struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []run  `json:"runs"`
}

type run struct {
	Tool       tool           `json:"tool"`
	Results    []result       `json:"results"`
	Properties map[string]any `json:"properties,omitempty"`
}

type tool struct {
	Driver driver `json:"driver"`
}

type driver struct {
	Name           string       `json:"name"`
	InformationURI string       `json:"informationUri"`
	Rules          []descriptor `json:"rules"`
}

type text struct {
	Text string `json:"text"`
}

type descriptor struct {
	ID               string         `json:"id"`
	Name             string         `json:"name,omitempty"`
	ShortDescription *text          `json:"shortDescription,omitempty"`
	FullDescription  *text          `json:"fullDescription,omitempty"`
	HelpURI          string         `json:"helpUri,omitempty"`
	Help             *text          `json:"help,omitempty"`
	Properties       map[string]any `json:"properties,omitempty"`
}

type result struct {
	RuleID              string            `json:"ruleId,omitempty"`
	RuleIndex           *int              `json:"ruleIndex,omitempty"`
	Level               Level             `json:"level"`
	Message             text              `json:"message"`
	Locations           []location        `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Suppressions        []suppression     `json:"suppressions,omitempty"`
	Properties          map[string]any    `json:"properties"`
}

type location struct {
	PhysicalLocation *physicalLocation `json:"physicalLocation,omitempty"`
	LogicalLocations []logicalLocation `json:"logicalLocations"`
}

type physicalLocation struct {
	ArtifactLocation artifactLocation `json:"artifactLocation"`
}

type artifactLocation struct {
	URI string `json:"uri"`
}

type logicalLocation struct {
	Name               string `json:"name"`
	FullyQualifiedName string `json:"fullyQualifiedName"`
	Kind               string `json:"kind"`
}

type suppression struct {
	Kind          string         `json:"kind"`
	Status        string         `json:"status"`
	Justification string         `json:"justification,omitempty"`
	Properties    map[string]any `json:"properties,omitempty"`
}

// Write writes rep as a SARIF 2.1.0 log to w. cat supplies the rules'
// metadata (nil means [jurisdiction.Default]); a rule the catalog does not
// have is described from the report's own reference to it. uri names the
// topology document the report assessed, as a URI reference (a relative
// path such as "examples/dublin/topology.json" will do); "" omits physical
// locations.
func Write(w io.Writer, rep *residency.Report, cat *jurisdiction.Catalog, uri string) error {
	if rep == nil {
		return fmt.Errorf("sarif: nil report")
	}
	if cat == nil {
		cat = jurisdiction.Default()
	}
	b := &builder{cat: cat, rep: rep, uri: uriReference(uri), index: map[string]int{}}
	b.collectRules()
	for _, v := range rep.Violations {
		b.violation(v)
	}
	for _, c := range rep.Conflicts {
		b.conflict(c)
	}
	for _, x := range rep.Exposures {
		b.exposure(x)
	}
	for _, o := range rep.Obligations {
		b.obligation(o)
	}
	props := map[string]any{"asOf": rep.AsOf.String(), "catalog": rep.Catalog}
	if rep.Consumer.IsValid() {
		props["consumer"] = rep.Consumer.String()
	}
	if rep.Topology != "" {
		props["topology"] = rep.Topology
	}
	out := log{
		Schema:  SchemaURI,
		Version: "2.1.0",
		Runs: []run{{
			Tool:       tool{Driver: driver{Name: ToolName, InformationURI: InformationURI, Rules: b.rules}},
			Results:    b.results,
			Properties: props,
		}},
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("sarif: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

type builder struct {
	cat     *jurisdiction.Catalog
	rep     *residency.Report
	uri     string
	rules   []descriptor
	index   map[string]int // rule ID to its index in rules
	results []result
}

// collectRules makes a descriptor for every rule the report cites, sorted
// by ID.
func (b *builder) collectRules() {
	refs := map[string]residency.RuleRef{}
	add := func(rs ...residency.RuleRef) {
		for _, r := range rs {
			if _, ok := refs[r.ID]; !ok {
				refs[r.ID] = r
			}
		}
	}
	for _, v := range b.rep.Violations {
		add(v.Rule)
	}
	for _, c := range b.rep.Conflicts {
		add(c.Compelling...)
		add(c.Blocking...)
	}
	for _, x := range b.rep.Exposures {
		add(x.Rules...)
	}
	for _, o := range b.rep.Obligations {
		add(o.Rule)
	}
	ids := make([]string, 0, len(refs))
	for id := range refs {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	b.rules = make([]descriptor, 0, len(ids))
	for i, id := range ids {
		b.index[id] = i
		b.rules = append(b.rules, b.describe(refs[id]))
	}
}

// describe makes the descriptor of a rule, from the catalog when it has
// the rule and from the report's reference otherwise.
func (b *builder) describe(ref residency.RuleRef) descriptor {
	r, ok := b.cat.Rule(ref.ID)
	if !ok {
		return descriptor{
			ID:               ref.ID,
			Name:             ref.Citation,
			ShortDescription: &text{ref.Title},
			FullDescription:  &text{fmt.Sprintf("%s. %s rule of %s, cited as %s (not in catalog %s).", strings.TrimSuffix(ref.Title, "."), ref.Kind, ref.Jurisdiction, ref.Citation, b.cat.Version())},
			Help:             &text{"Cites " + ref.Citation + "."},
			Properties: map[string]any{
				"kind": ref.Kind.String(), "jurisdiction": ref.Jurisdiction.String(), "verified": ref.Verified,
			},
		}
	}
	d := descriptor{
		ID:               r.ID,
		Name:             r.Citation.String(),
		ShortDescription: &text{r.Title},
		FullDescription:  &text{FullDescription(r)},
		Help:             &text{Help(r)},
		Properties: map[string]any{
			"kind":         r.Kind.String(),
			"jurisdiction": r.Jurisdiction.String(),
			"effective":    r.Effective.String(),
			"verified":     r.Verified,
			"citation":     citationText(r.Citation),
		},
	}
	if !r.End.IsZero() {
		d.Properties["end"] = r.End.String()
	}
	if !r.Reviewed.IsZero() {
		d.Properties["reviewed"] = r.Reviewed.String()
	}
	if len(r.Territory) > 0 {
		t := make([]string, len(r.Territory))
		for i, c := range r.Territory {
			t[i] = c.String()
		}
		d.Properties["territory"] = t
	}
	for _, s := range r.Sources {
		if absoluteURI(s.URL) {
			d.HelpURI = s.URL
			break
		}
	}
	return d
}

// FullDescription describes rule r in a paragraph: its title, what kind of
// rule it is, whose, since when, and the notes on it.
func FullDescription(r jurisdiction.Rule) string {
	var s strings.Builder
	s.WriteString(strings.TrimSuffix(r.Title, "."))
	fmt.Fprintf(&s, ". A %s rule of %s (%s), in force from %s", r.Kind, r.Jurisdiction, citationText(r.Citation), r.Effective)
	if !r.End.IsZero() {
		fmt.Fprintf(&s, " until %s", r.End)
	}
	s.WriteString(".")
	if r.Relief != "" {
		s.WriteString(" Relief: " + strings.TrimSuffix(r.Relief, ".") + ".")
	}
	if r.Notes != "" {
		s.WriteString(" Notes: " + r.Notes)
	}
	return s.String()
}

// Help is the help text of rule r: the law and article it encodes, whether
// that was verified, and its sources.
func Help(r jurisdiction.Rule) string {
	var s strings.Builder
	fmt.Fprintf(&s, "%s: %s.", r.ID, citationText(r.Citation))
	if r.Verified {
		s.WriteString(" Citation and dates verified against the sources")
		if !r.Reviewed.IsZero() {
			s.WriteString(" (reviewed " + r.Reviewed.String() + ")")
		}
		s.WriteString(".")
	} else {
		s.WriteString(" Not verified against the sources; see the notes.")
	}
	if len(r.Sources) > 0 {
		s.WriteString(" Sources:")
		for i, src := range r.Sources {
			if i > 0 {
				s.WriteString(";")
			}
			s.WriteString(" " + src.Title)
			if src.URL != "" {
				s.WriteString(" <" + src.URL + ">")
			}
		}
		s.WriteString(".")
	}
	return s.String()
}

// citationText spells out a citation in full: "Cybersecurity Law of the
// People's Republic of China (CSL), Art. 37".
func citationText(c jurisdiction.Citation) string {
	s := c.Law
	if c.Short != "" && c.Short != c.Law {
		s += " (" + c.Short + ")"
	}
	if c.Article != "" {
		s += ", " + c.Article
	}
	if c.Version != "" {
		s += " [" + c.Version + "]"
	}
	return s
}

func (b *builder) add(id string, rule string, level Level, msg, path string, w *residency.Waiver, props map[string]any) {
	r := result{
		RuleID:              rule,
		Level:               level,
		Message:             text{msg},
		PartialFingerprints: map[string]string{FingerprintKey: id},
		Properties:          props,
	}
	if i, ok := b.index[rule]; ok && rule != "" {
		r.RuleIndex = &i
	}
	loc := location{LogicalLocations: []logicalLocation{{
		Name: lastSegment(path), FullyQualifiedName: path, Kind: "resource",
	}}}
	if b.uri != "" {
		loc.PhysicalLocation = &physicalLocation{ArtifactLocation: artifactLocation{URI: b.uri}}
	}
	r.Locations = []location{loc}
	props["findingId"] = id
	if w != nil {
		r.Suppressions = []suppression{{
			Kind: "external", Status: "accepted", Justification: w.Justification,
			Properties: map[string]any{"approver": w.Approver, "expires": w.Expires.String()},
		}}
	}
	b.results = append(b.results, r)
}

func (b *builder) violation(v residency.Violation) {
	props := map[string]any{"finding": "violation", "rule": v.Rule.ID}
	for k, val := range map[string]string{"dataset": v.Dataset, "store": v.Store, "flow": v.Flow, "entity": v.Entity} {
		if val != "" {
			props[k] = val
		}
	}
	msg := fmt.Sprintf("Violation of %s at %s: %s", v.Rule, v.Path, v.Reason)
	b.add(v.ID, v.Rule.ID, Error, msg, v.Path, v.Waiver, props)
}

func (b *builder) conflict(c residency.Conflict) {
	props := map[string]any{
		"finding":                "conflict",
		"compellingJurisdiction": c.CompellingJurisdiction.String(),
		"blockingJurisdiction":   c.BlockingJurisdiction.String(),
		"compellingRules":        ruleIDs(c.Compelling),
		"blockingRules":          ruleIDs(c.Blocking),
		"relatedRules":           append(ruleIDs(c.Compelling), ruleIDs(c.Blocking)...),
		"store":                  c.Store,
		"datasets":               nonNil(c.Datasets),
		"link":                   c.Link,
		"readable":               c.Readable,
	}
	if c.Party != "" {
		props["party"] = c.Party
	}
	if len(c.Relief) > 0 {
		props["relief"] = c.Relief
	}
	rule := ""
	if len(c.Compelling) > 0 {
		rule = c.Compelling[0].ID
	}
	msg := fmt.Sprintf("Conflict of laws at %s: %s [%s] vs %s [%s]: %s", c.Path,
		c.CompellingJurisdiction, refList(c.Compelling), c.BlockingJurisdiction, refList(c.Blocking), c.Reason)
	b.add(c.ID, rule, Error, msg, c.Path, c.Waiver, props)
}

func (b *builder) exposure(x residency.Exposure) {
	props := map[string]any{
		"finding":    "exposure",
		"government": x.Government.String(),
		"via":        x.Via,
		"store":      x.Store,
		"datasets":   nonNil(x.Datasets),
		"rules":      ruleIDs(x.Rules),
		"readable":   x.Readable,
		"presumed":   x.Presumed,
	}
	if x.Party != "" {
		props["party"] = x.Party
	}
	rule := ""
	if len(x.Rules) > 0 {
		rule = x.Rules[0].ID
	}
	basis := "presumed territorial jurisdiction"
	if !x.Presumed {
		basis = refList(x.Rules)
	}
	read := "readable data"
	if !x.Readable {
		read = "ciphertext only"
	}
	via := x.Via
	if x.Party != "" {
		via += " " + x.Party
	}
	msg := fmt.Sprintf("Exposure: %s can reach store %s via %s (%s), obtaining %s.", x.Government, x.Store, via, basis, read)
	b.add(x.ID, rule, ExposureLevel(b.cat, b.rep, x), msg, x.Path, x.Waiver, props)
}

func (b *builder) obligation(o residency.Obligation) {
	props := map[string]any{"finding": "obligation", "rule": o.Rule.ID, "dataset": o.Dataset, "stores": nonNil(o.Stores)}
	msg := fmt.Sprintf("Obligation %s applies to dataset %s: %s", o.Rule, o.Dataset, o.Reason)
	b.add(o.ID, o.Rule.ID, Note, msg, "dataset/"+o.Dataset, o.Waiver, props)
}

func ruleIDs(rs []residency.RuleRef) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.ID
	}
	return out
}

func refList(rs []residency.RuleRef) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = r.String()
	}
	return strings.Join(parts, ", ")
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func lastSegment(path string) string {
	if i := strings.LastIndexByte(path, '/'); i >= 0 {
		return path[i+1:]
	}
	return path
}

// absoluteURI reports whether s looks like an absolute URI with a scheme
// and no characters a URI may not hold.
func absoluteURI(s string) bool {
	scheme, rest, ok := strings.Cut(s, ":")
	if !ok || scheme == "" || rest == "" {
		return false
	}
	for i, c := range scheme {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return false
		}
	}
	return !strings.ContainsAny(s, " \t\r\n\"<>\\^`{|}")
}

// uriReference turns a file path or URI into a URI reference: backslashes
// become slashes and characters a URI may not hold are percent-encoded.
func uriReference(s string) string {
	if s == "" {
		return ""
	}
	s = strings.ReplaceAll(s, "\\", "/")
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte("\"<>^`{|}%", c) >= 0 && !(c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2])) {
			fmt.Fprintf(&b, "%%%02X", c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}
