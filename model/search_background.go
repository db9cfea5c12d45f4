package model

// BackgroundIndex is a Searcher whose Index is built on a goroutine of its
// own, so that whoever starts it need not wait: the browser's first frame
// lists every city and needs no index, and at tens of thousands of cities
// building one takes longer than everything else before that frame.
//
// A search waits for the index, except a blank query before the index is
// ready, which lists every city in dataset order as the Index would. Like
// an Index, a BackgroundIndex is for one goroutine at a time.
type BackgroundIndex struct {
	ids   []string // the cities' ids, for a blank query before the index is ready
	ready chan struct{}
	ix    *Index // set before ready is closed
	blank folded // the query, folded to see whether it is blank
}

// NewIndexInBackground starts building the index of partners, in their
// order, and returns at once. It keeps no reference to partners.
func NewIndexInBackground(partners []City) *BackgroundIndex {
	b := &BackgroundIndex{ids: make([]string, len(partners)), ready: make(chan struct{})}
	for i, c := range partners {
		b.ids[i] = c.ID
	}
	go func() {
		b.ix = NewIndex(partners)
		close(b.ready)
	}()
	return b
}

// Search implements Searcher.
func (b *BackgroundIndex) Search(query string, lang Lang) []Match {
	select {
	case <-b.ready:
		return b.ix.Search(query, lang)
	default:
	}
	b.blank.set(query, bulgarianScheme)
	b.blank.dropSpaces()
	if len(b.blank.runes) == 0 {
		out := make([]Match, len(b.ids))
		for i, id := range b.ids {
			out[i] = Match{Index: i, ID: id}
		}
		return out
	}
	<-b.ready
	return b.ix.Search(query, lang)
}

// Wait returns the index once it is built.
func (b *BackgroundIndex) Wait() *Index {
	<-b.ready
	return b.ix
}
