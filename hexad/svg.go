package hexad

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"strconv"
	"strings"
)

// MaxSVGRatings is the most ratings one [WriteSVG] chart overlays; more
// would no longer be readable.
const MaxSVGRatings = 4

// svgStyle is how one rating is drawn: a colour from the Okabe-Ito palette
// (distinguishable with the common colour-vision deficiencies), a dash
// pattern and a marker shape, so that the ratings stay apart in grey scale
// too.
type svgStyle struct {
	colour, dash, dashName, colourName, marker, glyph string
}

var svgStyles = [MaxSVGRatings]svgStyle{
	{colour: "#0072B2", colourName: "blue", dash: "", dashName: "solid", marker: "circle", glyph: "\u25CF"},
	{colour: "#D55E00", colourName: "orange", dash: "9 4", dashName: "dashed", marker: "square", glyph: "\u25A0"},
	{colour: "#009E73", colourName: "green", dash: "2 3", dashName: "dotted", marker: "triangle", glyph: "\u25B2"},
	{colour: "#CC79A7", colourName: "pink", dash: "10 3 2 3", dashName: "dash-dotted", marker: "diamond", glyph: "\u25C6"},
}

// Chart geometry, in user units.
const (
	svgWidth    = 720.0
	svgCX       = 360.0
	svgCY       = 300.0
	svgRadius   = 180.0
	svgMargin   = 24.0
	svgFont     = "DejaVu Sans, Verdana, Helvetica, Arial, sans-serif"
	svgLegendY  = 548.0
	svgLineStep = 18.0
)

// WriteSVG draws ratings as a radar chart and writes it to w as a
// standalone SVG 1.1 document. It overlays one to [MaxSVGRatings] ratings,
// such as the thesis's Tables 15 and 20, to compare them.
//
// The chart has seven axes in the thesis's order, Confidentiality at the
// top and the others clockwise, and concentric rings for the scores 1 to
// 5, labelled. Each rating is a polygon with its own colour, dash pattern
// and vertex marker (circle, square, triangle, diamond), so the ratings can
// be told apart without colour; under each axis name the scores are
// repeated as text, one per rating with its marker. An unrated element puts
// the polygon's vertex at the centre and is marked there with a hollow
// marker and "–". A legend names each rating's Subject and Consumer, and
// notes provisional ratings (Rating.Defaults).
//
// The document is accessible: the root has role="img" and is labelled by a
// <title> naming the ratings and a <desc> stating every score in words
// ("Confidentiality 2 of 5, ..."). It uses no script, font file, image or
// other external resource, and the same ratings always give the same
// bytes.
//
// WriteSVG returns an error, and writes nothing, for no rating, more than
// MaxSVGRatings, or a score outside 0 to 5; otherwise it returns the
// error of w.
func WriteSVG(w io.Writer, ratings ...Rating) error {
	if len(ratings) == 0 {
		return errors.New("hexad: WriteSVG needs at least one rating")
	}
	if len(ratings) > MaxSVGRatings {
		return fmt.Errorf("hexad: WriteSVG draws at most %d ratings, got %d", MaxSVGRatings, len(ratings))
	}
	for i, r := range ratings {
		for j, s := range r.Scores() {
			if s != Unrated && !s.IsValid() {
				return fmt.Errorf("hexad: rating %d (%s): %s has score %d, outside 1 to 5", i, oneLine(r.Subject), Elements()[j], s)
			}
		}
	}
	var b bytes.Buffer
	c := svgChart{b: &b, ratings: ratings, id: svgID(ratings)}
	c.write()
	_, err := w.Write(b.Bytes())
	return err
}

type svgChart struct {
	b       *bytes.Buffer
	ratings []Rating
	id      string
}

// svgID derives the document's element IDs from its content, so that two
// charts inlined in one HTML page do not share IDs while the output stays
// deterministic.
func svgID(ratings []Rating) string {
	h := fnv.New32a()
	for _, r := range ratings {
		fmt.Fprintf(h, "%q %q %v %q;", r.Subject, r.Consumer, r.Scores(), r.Defaults)
	}
	return fmt.Sprintf("hexad-%08x", h.Sum32())
}

func (c *svgChart) printf(format string, args ...any) { fmt.Fprintf(c.b, format, args...) }

func (c *svgChart) write() {
	legend := c.legendLines()
	height := svgLegendY
	for _, ls := range legend {
		height += float64(len(ls))*svgLineStep + 8
	}
	height += svgLineStep + 4 // the note on reading the chart
	if c.anyUnrated() {
		height += svgLineStep
	}

	c.printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
	c.printf("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%s\" height=\"%s\" viewBox=\"0 0 %s %s\" role=\"img\" aria-labelledby=\"%s-title %s-desc\" font-family=\"%s\">\n",
		num(svgWidth), num(height), num(svgWidth), num(height), c.id, c.id, svgFont)
	c.printf("<title id=\"%s-title\">%s</title>\n", c.id, esc(c.title()))
	c.printf("<desc id=\"%s-desc\">%s</desc>\n", c.id, esc(c.desc()))
	c.printf("<rect width=\"100%%\" height=\"100%%\" fill=\"#ffffff\"/>\n")
	heading := "Hexad rating"
	if len(c.ratings) > 1 {
		heading = "Hexad ratings compared"
	}
	c.printf("<text x=\"%s\" y=\"32\" text-anchor=\"middle\" font-size=\"18\" font-weight=\"bold\" fill=\"#222222\">%s</text>\n", num(svgCX), esc(heading))

	c.grid()
	for i := range c.ratings {
		c.polygon(i)
	}
	c.ringLabels()
	for i := range c.ratings {
		c.markers(i)
	}
	c.axisLabels()
	c.legend(legend)
	c.printf("</svg>\n")
}

// angle returns the direction of axis i in radians, clockwise from the top.
func angle(i int) float64 { return (-90 + float64(i)*360/float64(NumElements)) * math.Pi / 180 }

func point(i int, r float64) (x, y float64) {
	a := angle(i)
	return svgCX + r*math.Cos(a), svgCY + r*math.Sin(a)
}

func scoreRadius(s Score) float64 { return svgRadius * float64(s) / 5 }

func (c *svgChart) grid() {
	c.printf("<g id=\"%s-grid\" fill=\"none\" stroke=\"#c8c8c8\" stroke-width=\"1\">\n", c.id)
	for s := Score(1); s <= 5; s++ {
		width := "1"
		if s == 5 {
			width = "1.5"
		}
		c.printf("<polygon stroke-width=\"%s\" points=\"%s\"/>\n", width, ring(scoreRadius(s)))
	}
	for i := range NumElements {
		x, y := point(i, svgRadius)
		c.printf("<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\"/>\n", num(svgCX), num(svgCY), num(x), num(y))
	}
	c.printf("</g>\n")
}

// ringLabels writes the scores of the rings halfway between the first two
// axes, where no axis line runs, on a white halo, over the polygons, so
// that lines crossing them do not hide them.
func (c *svgChart) ringLabels() {
	c.printf("<g font-size=\"11\" fill=\"#707070\" text-anchor=\"middle\">\n")
	mid := (angle(0) + angle(1)) / 2
	for s := Score(1); s <= 5; s++ {
		r := scoreRadius(s) * math.Cos(math.Pi/float64(NumElements))
		x, y := svgCX+r*math.Cos(mid), svgCY+r*math.Sin(mid)
		// A white copy under the label is the halo (paint-order is not
		// SVG 1.1).
		c.printf("<text x=\"%s\" y=\"%s\" fill=\"#ffffff\" stroke=\"#ffffff\" stroke-width=\"4\" stroke-linejoin=\"round\">%d</text>\n", num(x), num(y+4), s)
		c.printf("<text x=\"%s\" y=\"%s\">%d</text>\n", num(x), num(y+4), s)
	}
	c.printf("</g>\n")
}

func ring(r float64) string {
	var parts []string
	for i := range NumElements {
		x, y := point(i, r)
		parts = append(parts, num(x)+","+num(y))
	}
	return strings.Join(parts, " ")
}

func (c *svgChart) polygon(k int) {
	st := svgStyles[k]
	var parts []string
	for i, s := range c.ratings[k].Scores() {
		x, y := point(i, scoreRadius(s))
		parts = append(parts, num(x)+","+num(y))
	}
	dash := ""
	if st.dash != "" {
		dash = fmt.Sprintf(" stroke-dasharray=\"%s\"", st.dash)
	}
	c.printf("<polygon id=\"%s-rating-%d\" points=\"%s\" fill=\"%s\" fill-opacity=\"0.10\" stroke=\"%s\" stroke-width=\"2.5\" stroke-linejoin=\"round\"%s/>\n",
		c.id, k+1, strings.Join(parts, " "), st.colour, st.colour, dash)
}

// markers draws rating k's vertex markers. Where several ratings share a
// vertex, their markers are spread across the axis, in rating order, so
// that none hides another; the polygons still meet at the vertex.
func (c *svgChart) markers(k int) {
	c.printf("<g id=\"%s-markers-%d\">\n", c.id, k+1)
	for i, s := range c.ratings[k].Scores() {
		r := scoreRadius(s)
		if s == Unrated {
			// Just off the centre on its axis, so that several unrated
			// elements do not hide one another.
			r = 10
		}
		x, y := point(i, r)
		// Spread the markers of the ratings with this score on this axis.
		n, j := 0, 0
		for m, o := range c.ratings {
			if o.Scores()[i] == s {
				if m < k {
					j++
				}
				n++
			}
		}
		off := (float64(j) - float64(n-1)/2) * 12
		a := angle(i)
		x, y = x-off*math.Sin(a), y+off*math.Cos(a)
		c.printf("%s\n", marker(k, x, y, s == Unrated))
	}
	c.printf("</g>\n")
}

func marker(k int, x, y float64, hollow bool) string {
	st := svgStyles[k]
	paint := fmt.Sprintf("fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"1.2\"", st.colour)
	if hollow {
		paint = fmt.Sprintf("fill=\"#ffffff\" stroke=\"%s\" stroke-width=\"1.8\"", st.colour)
	}
	switch st.marker {
	case "circle":
		return fmt.Sprintf("<circle cx=\"%s\" cy=\"%s\" r=\"6\" %s/>", num(x), num(y), paint)
	case "square":
		const h = 4.6
		return fmt.Sprintf("<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" %s/>", num(x-h), num(y-h), num(2*h), num(2*h), paint)
	case "triangle":
		const r = 5.6
		return fmt.Sprintf("<polygon points=\"%s,%s %s,%s %s,%s\" %s/>",
			num(x), num(y-r), num(x+r*0.866), num(y+r/2), num(x-r*0.866), num(y+r/2), paint)
	default: // diamond
		const h = 4.4
		return fmt.Sprintf("<polygon points=\"%s,%s %s,%s %s,%s %s,%s\" %s/>",
			num(x), num(y-h), num(x+h), num(y), num(x), num(y+h), num(x-h), num(y), paint)
	}
}

// axisLabels writes each element's name at the end of its axis and, under
// it, every rating's score as text with its marker glyph in its colour.
func (c *svgChart) axisLabels() {
	c.printf("<g id=\"%s-axes\" font-size=\"13\">\n", c.id)
	for i, e := range Elements() {
		a := angle(i)
		cos, sin := math.Cos(a), math.Sin(a)
		x, y := point(i, svgRadius+14)
		anchor := "middle"
		switch {
		case cos > 0.25:
			anchor = "start"
		case cos < -0.25:
			anchor = "end"
		}
		// Two lines, 16 units apart, centred on a point pushed away from
		// the chart in the axis's direction.
		first := y + sin*16 - 3
		c.printf("<text x=\"%s\" y=\"%s\" text-anchor=\"%s\" font-weight=\"bold\" fill=\"#222222\">%s</text>\n",
			num(x), num(first), anchor, esc(e.String()))
		c.printf("<text x=\"%s\" y=\"%s\" text-anchor=\"%s\">", num(x), num(first+16), anchor)
		for k, r := range c.ratings {
			dx := ""
			if k > 0 {
				dx = " dx=\"9\""
			}
			s := r.Score(e).String()
			if s == "-" {
				s = "\u2013"
			}
			c.printf("<tspan%s fill=\"%s\">%s\u00A0%s</tspan>", dx, svgStyles[k].colour, svgStyles[k].glyph, s)
		}
		c.printf("</text>\n")
	}
	c.printf("</g>\n")
}

// legendLines returns each rating's legend text, wrapped to the width
// available.
func (c *svgChart) legendLines() [][]string {
	out := make([][]string, len(c.ratings))
	for k, r := range c.ratings {
		text := fmt.Sprintf("%s \u2014 %s", subject(r), consumer(r))
		if len(r.Defaults) > 0 {
			text += fmt.Sprintf(" (provisional: default access profile for %s)", strings.Join(r.Defaults, ", "))
		}
		out[k] = wrap(text, svgWidth-2*svgMargin-64)
	}
	return out
}

func (c *svgChart) legend(lines [][]string) {
	c.printf("<g id=\"%s-legend\" font-size=\"13\" fill=\"#222222\">\n", c.id)
	y := svgLegendY
	for k, ls := range lines {
		st := svgStyles[k]
		dash := ""
		if st.dash != "" {
			dash = fmt.Sprintf(" stroke-dasharray=\"%s\"", st.dash)
		}
		c.printf("<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\" stroke-width=\"2.5\"%s/>\n",
			num(svgMargin), num(y-4), num(svgMargin+48), num(y-4), st.colour, dash)
		c.printf("%s\n", marker(k, svgMargin+24, y-4, false))
		for j, l := range ls {
			c.printf("<text x=\"%s\" y=\"%s\">%s</text>\n", num(svgMargin+64), num(y+float64(j)*svgLineStep), esc(l))
		}
		y += float64(len(ls))*svgLineStep + 8
	}
	c.printf("<text x=\"%s\" y=\"%s\" font-size=\"11\" fill=\"#555555\">Rings: scores from 1 (least secure, centre) to 5 (most secure, outer ring).</text>\n",
		num(svgMargin), num(y+4))
	if c.anyUnrated() {
		c.printf("<text x=\"%s\" y=\"%s\" font-size=\"11\" fill=\"#555555\">Unrated (\u2013): the line goes to the centre, marked by a hollow marker.</text>\n",
			num(svgMargin), num(y+4+svgLineStep))
	}
	c.printf("</g>\n")
}

func (c *svgChart) anyUnrated() bool {
	for _, r := range c.ratings {
		for _, s := range r.Scores() {
			if s == Unrated {
				return true
			}
		}
	}
	return false
}

func subject(r Rating) string {
	if s := oneLine(r.Subject); s != "" {
		return s
	}
	return "(unnamed subject)"
}

func consumer(r Rating) string {
	if r.Consumer == "" {
		return "consumer with no home regime"
	}
	return "consumer in " + oneLine(r.Consumer)
}

func (c *svgChart) title() string {
	if len(c.ratings) == 1 {
		r := c.ratings[0]
		return fmt.Sprintf("Hexad rating of %s for a %s", subject(r), consumer(r))
	}
	parts := make([]string, len(c.ratings))
	for k, r := range c.ratings {
		parts[k] = fmt.Sprintf("%s (%s)", subject(r), consumer(r))
	}
	return "Hexad ratings compared: " + strings.Join(parts, " and ")
}

func (c *svgChart) desc() string {
	var b strings.Builder
	b.WriteString("Radar chart of the seven elements of the updated Parkerian hexad, each scored from 1 (least secure) to 5 (most secure).")
	for k, r := range c.ratings {
		st := svgStyles[k]
		fmt.Fprintf(&b, " %s, %s", subject(r), consumer(r))
		if len(c.ratings) > 1 {
			fmt.Fprintf(&b, " (%s %s line, %s markers)", st.dashName, st.colourName, st.marker)
		}
		b.WriteString(": ")
		for i, e := range Elements() {
			if i > 0 {
				b.WriteString(", ")
			}
			if s := r.Score(e); s.IsValid() {
				fmt.Fprintf(&b, "%s %d of 5", e, s)
			} else {
				fmt.Fprintf(&b, "%s unrated", e)
			}
		}
		b.WriteString(".")
		if len(r.Defaults) > 0 {
			fmt.Fprintf(&b, " Provisional: default access profile for %s.", oneLine(strings.Join(r.Defaults, ", ")))
		}
	}
	return b.String()
}

// wrap breaks text into lines no wider than width at 13 units per em,
// estimating each character's advance; a word wider than a line is cut.
func wrap(text string, width float64) []string {
	var lines []string
	var line []rune
	lineW := 0.0
	for _, word := range strings.Fields(text) {
		ww := textWidth(word)
		space := 0.0
		if len(line) > 0 {
			space = textWidth(" ")
		}
		if len(line) > 0 && lineW+space+ww > width {
			lines = append(lines, string(line))
			line, lineW, space = nil, 0, 0
		}
		for ww > width { // a single word too long for any line
			n, w := 0, 0.0
			rs := []rune(word)
			for n < len(rs) && w+charWidth(rs[n]) <= width {
				w += charWidth(rs[n])
				n++
			}
			n = max(n, 1)
			lines = append(lines, string(rs[:n]))
			word = string(rs[n:])
			ww = textWidth(word)
		}
		if space > 0 {
			line = append(line, ' ')
		}
		line = append(line, []rune(word)...)
		lineW += space + ww
	}
	if len(line) > 0 || len(lines) == 0 {
		lines = append(lines, string(line))
	}
	return lines
}

func textWidth(s string) float64 {
	w := 0.0
	for _, r := range s {
		w += charWidth(r)
	}
	return w
}

// charWidth estimates a character's advance at 13 units per em in DejaVu
// Sans, the widest of the fonts the chart names, so estimates err long.
func charWidth(r rune) float64 {
	switch {
	case strings.ContainsRune("il.,:;'|!Ijtf() ", r):
		return 4.6
	case r >= 'A' && r <= 'Z', r == 'm', r == 'w', r == 'M', r == 'W', r == '\u2014':
		return 10
	case r < 0x80:
		return 8
	}
	return 13 // CJK and others: a full em
}

// oneLine replaces line breaks and other control characters with spaces:
// they have no place in a one-line label.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, s)
}

// esc escapes s for XML text and attribute values; characters XML cannot
// hold become U+FFFD.
func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(oneLine(s)))
	return b.String()
}

// num formats a coordinate with at most two decimals, so that output does
// not depend on floating-point noise.
func num(v float64) string {
	s := strconv.FormatFloat(math.Round(v*100)/100, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" {
		return "0"
	}
	return s
}
