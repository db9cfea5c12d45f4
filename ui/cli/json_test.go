package cli

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/ruse-twins/ruse-twins/data"
	"github.com/ruse-twins/ruse-twins/data/synth"
	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/model/search"
)

// TestListJSONIsOneDocument checks that list's JSON, written a partner at
// a time, is byte for byte the document encoding/json makes of the whole
// dataset at once, escapes included: on the real data, on 300 synthetic
// partners (every script), and on a hostile one, with and without a
// query, and when a query finds nothing.
func TestListJSONIsOneDocument(t *testing.T) {
	real, err := data.Load()
	if err != nil {
		t.Fatal(err)
	}
	hostile := hostileCity()
	hostile.Name.EN = "Saint\u00adOuen\u200b\x1b[2J\u202e\U000E0041 <&>"
	for name, ds := range map[string]model.Dataset{
		"real":      real,
		"synthetic": {Home: synth.Home(), Partners: synth.Cities(300)},
		"hostile":   {Home: real.Home, Partners: []model.City{hostile}},
	} {
		s := search.NewIndex(ds.Partners).NewSearcher()
		for _, q := range []string{"", "кмет", "Saint", "zzzz"} {
			cfg := Config{Command: List, Query: q, Format: "json", Lang: model.BG}
			var got bytes.Buffer
			ListCmd(&got, ds, s, cfg)
			var want bytes.Buffer
			if err := writeJSON(&want, wholeDatasetJSON(ds, listRows(ds, s, cfg))); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Errorf("%s, query %q: a partner at a time\n%.600s\nthe whole at once\n%.600s", name, q, got.String(), want.String())
			}
		}
	}
}

// wholeDatasetJSON is the dataset as one value, as writeDatasetJSON writes
// it in parts.
func wholeDatasetJSON(ds model.Dataset, rows []listRow) jsonDataset {
	j := jsonDataset{Schema: SchemaVersion, Home: toJSON(ds.Home, nil), Partners: []jsonCity{}}
	for _, r := range rows {
		c := toJSON(r.city, &ds.Home)
		if r.match != nil {
			c.Match = matchJSON(*r.match, r.why)
		}
		j.Partners = append(j.Partners, c)
	}
	return j
}

// TestJSONEscaperAcrossWrites writes a document through the escaper a
// byte at a time: a character cut between two writes is escaped, or
// passed on, as it is when it comes whole; a cut one at the end becomes
// U+FFFD, as a range over the text makes it.
func TestJSONEscaperAcrossWrites(t *testing.T) {
	doc := "{\"name\": \"Saint\u00adOuen \u202eРусе 淮南 \U0001F600 \U000E0041\"}\n"
	var whole, bytewise bytes.Buffer
	e := newJSONEscaper(&whole)
	e.WriteString(doc)
	if err := e.flush(); err != nil {
		t.Fatal(err)
	}
	e = newJSONEscaper(&bytewise)
	for i := range len(doc) {
		e.Write([]byte{doc[i]})
	}
	if err := e.flush(); err != nil {
		t.Fatal(err)
	}
	if bytewise.String() != whole.String() || bytes.ContainsAny(whole.Bytes(), "\u00ad\u202e") {
		t.Errorf("a byte at a time %q, at once %q", bytewise.String(), whole.String())
	}
	var cut bytes.Buffer
	e = newJSONEscaper(&cut)
	e.WriteString("\"Рус\xd0")
	e.flush()
	if cut.String() != "\"Рус\uFFFD" {
		t.Errorf("a character cut at the end: %q", cut.String())
	}
}

// failingWriter takes n bytes and then fails every write.
type failingWriter struct {
	n, calls int
}

func (w *failingWriter) Write(p []byte) (int, error) {
	w.calls++
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, errors.New("the pipe is closed")
	}
	w.n -= len(p)
	return len(p), nil
}

// TestListJSONStopsAtAWriteError lists 300 partners into a writer that
// fails after a kilobyte: the error comes back, the writer is not written
// again after it, and the partners after the failure are not encoded for
// nowhere: the listing allocates a small part of what a whole one does.
func TestListJSONStopsAtAWriteError(t *testing.T) {
	ds := model.Dataset{Home: synth.Home(), Partners: synth.Cities(300)}
	cfg := Config{Command: List, Format: "json"}
	w := &failingWriter{n: 1 << 10}
	if err := ListCmd(w, ds, nil, cfg); err == nil {
		t.Fatal("no error from a writer that fails")
	}
	if w.calls != 1 {
		t.Errorf("%d writes, want the one that failed", w.calls)
	}
	whole := testing.AllocsPerRun(3, func() { ListCmd(io.Discard, ds, nil, cfg) })
	failed := testing.AllocsPerRun(3, func() { ListCmd(&failingWriter{n: 1 << 10}, ds, nil, cfg) })
	if failed > whole/10 {
		t.Errorf("a listing that fails after a kilobyte allocates %v times, a whole one %v", failed, whole)
	}
}
