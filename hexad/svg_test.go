package hexad_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"github.com/dataresidency/dataresidency/internal/golden"
	"io"
	"strings"
	"testing"

	"github.com/dataresidency/dataresidency/hexad"
)

// svgRating builds a rating from seven scores in the thesis's order.
func svgRating(subject, consumer string, scores ...hexad.Score) hexad.Rating {
	r := hexad.Rating{Subject: subject, Consumer: consumer}
	for i, e := range hexad.Elements() {
		r.Elements[i] = hexad.ElementRating{Element: e, Score: scores[i]}
	}
	return r
}

// The thesis's Table 15 (Azure China by 21Vianet, Chinese consumer) and
// Table 20 (Alibaba Cloud in the US, American consumer).
func svgTable15() hexad.Rating {
	return svgRating("Azure China, operated by 21Vianet (thesis Table 15)", "CN", 2, 2, 3, 4, 4, 4, 2)
}

func svgTable20() hexad.Rating {
	return svgRating("Alibaba Cloud in the United States (thesis Table 20)", "US", 1, 1, 3, 3, 4, 4, 3)
}

func renderSVG(t *testing.T, ratings ...hexad.Rating) string {
	t.Helper()
	var b bytes.Buffer
	if err := hexad.WriteSVG(&b, ratings...); err != nil {
		t.Fatalf("WriteSVG: %v", err)
	}
	return b.String()
}

func TestWriteSVGGolden(t *testing.T) {
	t.Parallel()
	provisional := svgRating("Customer records in a region with no researched profile", "", 3, 3, 4, 0, 4, 4, 0)
	provisional.Defaults = []string{"XX"}
	tests := []struct {
		file    string
		ratings []hexad.Rating
	}{
		{"thesis-tables.svg", []hexad.Rating{svgTable15(), svgTable20()}},
		{"table15.svg", []hexad.Rating{svgTable15()}},
		{"unrated.svg", []hexad.Rating{provisional}},
		{"four-ratings.svg", []hexad.Rating{
			svgTable15(), svgTable20(),
			svgRating("iCloud China before the move to GCBD", "CN", 2, 2, 3, 4, 3, 4, 2),
			svgRating("Microsoft Dublin mailbox after the CLOUD Act", "IE", 2, 2, 4, 4, 3, 4, 3),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			t.Parallel()
			got := renderSVG(t, tt.ratings...)
			if again := renderSVG(t, tt.ratings...); again != got {
				t.Error("two renderings of the same ratings differ")
			}
			checkSVG(t, got)
			golden.Check(t, tt.file, got)
		})
	}
}

// svgDoc is what the tests read back from the SVG.
type svgDoc struct {
	XMLName    xml.Name `xml:"svg"`
	Xmlns      string   `xml:"xmlns,attr"`
	Version    string   `xml:"version,attr"`
	Role       string   `xml:"role,attr"`
	LabelledBy string   `xml:"aria-labelledby,attr"`
	Title      struct {
		ID   string `xml:"id,attr"`
		Text string `xml:",chardata"`
	} `xml:"title"`
	Desc struct {
		ID   string `xml:"id,attr"`
		Text string `xml:",chardata"`
	} `xml:"desc"`
}

// checkSVG checks that doc is well-formed XML, a standalone SVG 1.1
// document labelled for assistive technology, with no external resource.
func checkSVG(t *testing.T, doc string) svgDoc {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(doc))
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			for _, a := range se.Attr {
				if a.Name.Local == "href" || strings.Contains(a.Value, "url(") {
					t.Errorf("<%s> refers to a resource: %s=%q", se.Name.Local, a.Name.Local, a.Value)
				}
			}
			switch se.Name.Local {
			case "script", "image", "foreignObject", "style", "use":
				t.Errorf("SVG has a <%s> element", se.Name.Local)
			}
		}
	}
	var s svgDoc
	if err := xml.Unmarshal([]byte(doc), &s); err != nil {
		t.Fatalf("xml.Unmarshal: %v", err)
	}
	if s.XMLName.Space != "http://www.w3.org/2000/svg" || s.Version != "1.1" {
		t.Errorf("root is {%s}svg version %q, want the SVG namespace and version 1.1", s.XMLName.Space, s.Version)
	}
	if s.Role != "img" {
		t.Errorf("role = %q, want img", s.Role)
	}
	if want := s.Title.ID + " " + s.Desc.ID; s.Title.ID == "" || s.Desc.ID == "" || s.LabelledBy != want {
		t.Errorf("aria-labelledby = %q, want %q", s.LabelledBy, want)
	}
	if strings.TrimSpace(s.Title.Text) == "" || strings.TrimSpace(s.Desc.Text) == "" {
		t.Error("empty <title> or <desc>")
	}
	return s
}

func TestWriteSVGAccessibleText(t *testing.T) {
	t.Parallel()
	t15, t20 := svgTable15(), svgTable20()
	s := checkSVG(t, renderSVG(t, t15, t20))
	for _, r := range []hexad.Rating{t15, t20} {
		if !strings.Contains(s.Title.Text, r.Subject) {
			t.Errorf("<title> %q does not name %q", s.Title.Text, r.Subject)
		}
		// Each rating's scores, in order, in its own sentence.
		var want []string
		for _, e := range hexad.Elements() {
			want = append(want, e.String()+" "+r.Score(e).String()+" of 5")
		}
		phrase := r.Subject + ", consumer in " + r.Consumer
		i := strings.Index(s.Desc.Text, phrase)
		if i < 0 {
			t.Fatalf("<desc> does not name %q: %s", phrase, s.Desc.Text)
		}
		if !strings.Contains(s.Desc.Text[i:], strings.Join(want, ", ")+".") {
			t.Errorf("<desc> does not state %q after %q:\n%s", strings.Join(want, ", "), phrase, s.Desc.Text)
		}
	}
	if want := "Confidentiality 2 of 5, Possession/Control 2 of 5, Integrity 3 of 5, Authenticity 4 of 5, Availability 4 of 5, Utility 4 of 5, Jurisdiction 2 of 5."; !strings.Contains(s.Desc.Text, want) {
		t.Errorf("<desc> lacks Table 15's scores %q", want)
	}

	u := svgRating("partial", "", 5, 0, 1, 1, 1, 1, 0)
	s = checkSVG(t, renderSVG(t, u))
	if want := "partial, consumer with no home regime: Confidentiality 5 of 5, Possession/Control unrated, Integrity 1 of 5, Authenticity 1 of 5, Availability 1 of 5, Utility 1 of 5, Jurisdiction unrated."; !strings.Contains(s.Desc.Text, want) {
		t.Errorf("<desc> = %q, want it to contain %q", s.Desc.Text, want)
	}
}

func TestWriteSVGEscapes(t *testing.T) {
	t.Parallel()
	hostile := svgRating("\"quoted\" <script>alert(1)</script> & co.\nline two } ]]> \x01", "C\"N<&>", 1, 2, 3, 4, 5, 0, 1)
	hostile.Defaults = []string{"<XX>&"}
	doc := renderSVG(t, hostile, svgTable20())
	s := checkSVG(t, doc)
	for _, bad := range []string{"<script", "& co", "]]>", "\x01", "C\"N"} {
		if strings.Contains(doc, bad) {
			t.Errorf("SVG contains unescaped %q", bad)
		}
	}
	if want := `"quoted" <script>alert(1)</script> & co. line two } ]]>`; !strings.Contains(s.Title.Text, want) {
		t.Errorf("<title> = %q, want it to contain %q", s.Title.Text, want)
	}
	if !strings.Contains(s.Desc.Text, "consumer in C\"N<&>") || !strings.Contains(s.Desc.Text, "default access profile for <XX>&") {
		t.Errorf("<desc> lost the consumer or the defaults: %q", s.Desc.Text)
	}
}

func TestWriteSVGErrors(t *testing.T) {
	t.Parallel()
	r := svgTable15()
	bad := r
	bad.Elements[2].Score = 6
	tests := []struct {
		name    string
		ratings []hexad.Rating
	}{
		{"none", nil},
		{"five", []hexad.Rating{r, r, r, r, r}},
		{"score out of range", []hexad.Rating{bad}},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		if err := hexad.WriteSVG(&b, tt.ratings...); err == nil {
			t.Errorf("%s: WriteSVG returned no error", tt.name)
		}
		if b.Len() != 0 {
			t.Errorf("%s: WriteSVG wrote %d bytes before failing", tt.name, b.Len())
		}
	}
	if err := hexad.WriteSVG(io.Discard, r, r, r, r); err != nil {
		t.Errorf("four ratings: %v", err)
	}
	if err := hexad.WriteSVG(failWriter{}, r); err == nil {
		t.Error("WriteSVG hid the writer's error")
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }
