package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/ruse-twins/ruse-twins/model"
)

// KeyMap is every key the browser answers. Keys are data: Update matches
// them with key.Matches only, and the help bar is generated from them, so a
// key that is disabled for the current state is neither answered nor
// advertised.
type KeyMap struct {
	Up       key.Binding // previous city, or scroll up in the detail
	Down     key.Binding // next city, or scroll down in the detail
	PageUp   key.Binding // a page up: pgup, or less's b
	PageDown key.Binding // a page down: pgdown, or less's space and f
	HalfUp   key.Binding // half a page up (vim's and less's ctrl+u)
	HalfDown key.Binding // half a page down (ctrl+d)
	Home     key.Binding // first city, or top of the detail
	End      key.Binding // last city, or bottom of the detail
	Focus    key.Binding // move focus between list and detail
	ToList   key.Binding // from the view to the list (←)
	ToSide   key.Binding // from the list to the view (→)
	Open     key.Binding // focus the detail (show it, when narrow)
	Back     key.Binding // leave the detail, or clear the search
	Search   key.Binding // give the keyboard to the query
	Lang     key.Binding // switch the language
	Help     key.Binding // full help on and off
	Quit     key.Binding
	Suspend  key.Binding // stop the program, back to the shell until fg
	Left     key.Binding // on the map: the nearest city to the west
	Right    key.Binding // on the map: the nearest city to the east
	Page     key.Binding // show the selected city's page
	Map      key.Binding // show the map
	Timeline key.Binding // show the timeline
	Sort     key.Binding // the list's next order

	// While the query has the keyboard, letters are typed, so only these
	// answer.
	Keep       key.Binding // keep the filter and return to the list
	Clear      key.Binding // clear the query and return to the list
	ResultUp   key.Binding
	ResultDown key.Binding
	ForceQuit  key.Binding
}

// DefaultKeyMap returns the browser's keys: the arrows (with vi's j, k, g
// and G), pages (with less's space, f and b, and vim's ctrl+d and ctrl+u
// for half a page), tab or ← and → between the panes, enter, esc, / to
// search, ? for more, q to quit, ctrl+z to suspend, `l` for the language,
// `p`, `m` and `t` for the page, the map and the timeline, and `s` to
// sort. The language keeps `l` (lazygit's h and l for the panes would
// take it, and h alone would be lopsided): the arrows move between the
// panes, except on the map, whose arrows choose a city in their
// direction.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:         key.NewBinding(key.WithKeys("up", "k")),
		Down:       key.NewBinding(key.WithKeys("down", "j")),
		PageUp:     key.NewBinding(key.WithKeys("pgup", "b")),
		PageDown:   key.NewBinding(key.WithKeys("pgdown", " ", "f")),
		HalfUp:     key.NewBinding(key.WithKeys("ctrl+u")),
		HalfDown:   key.NewBinding(key.WithKeys("ctrl+d")),
		Home:       key.NewBinding(key.WithKeys("home", "g")),
		End:        key.NewBinding(key.WithKeys("end", "G")),
		Focus:      key.NewBinding(key.WithKeys("tab", "shift+tab")),
		ToList:     key.NewBinding(key.WithKeys("left")),
		ToSide:     key.NewBinding(key.WithKeys("right")),
		Open:       key.NewBinding(key.WithKeys("enter")),
		Back:       key.NewBinding(key.WithKeys("esc")),
		Search:     key.NewBinding(key.WithKeys("/")),
		Lang:       key.NewBinding(key.WithKeys("l")),
		Help:       key.NewBinding(key.WithKeys("?")),
		Quit:       key.NewBinding(key.WithKeys("q", "ctrl+c")),
		Suspend:    key.NewBinding(key.WithKeys("ctrl+z")),
		Left:       key.NewBinding(key.WithKeys("left")),
		Right:      key.NewBinding(key.WithKeys("right")),
		Page:       key.NewBinding(key.WithKeys("p")),
		Map:        key.NewBinding(key.WithKeys("m")),
		Timeline:   key.NewBinding(key.WithKeys("t")),
		Sort:       key.NewBinding(key.WithKeys("s")),
		Keep:       key.NewBinding(key.WithKeys("enter")),
		Clear:      key.NewBinding(key.WithKeys("esc")),
		ResultUp:   key.NewBinding(key.WithKeys("up", "ctrl+p")),
		ResultDown: key.NewBinding(key.WithKeys("down", "ctrl+n")),
		ForceQuit:  key.NewBinding(key.WithKeys("ctrl+c")),
	}
}

// keyState is what decides which keys answer and what the help bar calls
// them.
type keyState struct {
	lang     model.Lang
	focus    focus
	filtered bool // a query filters the list
	selected bool // some city is selected
	fullHelp bool
	// typingFirst is the mode of a public screen: see typingKeys.
	typingFirst bool
	view        viewID // the view beside the list
	suspend     bool   // the program may stop itself (see Options)
}

// apply enables the keys that answer in state s and describes them in its
// language. It is the one place that decides which key is live, so a
// mode (typing first) only adds cases here.
func (k *KeyMap) apply(s keyState) {
	if s.typingFirst {
		k.typingKeys(s)
		return
	}
	h := words[s.lang].help
	browsing := s.focus != focusSearch
	inDetail := s.focus == focusSide

	up, down, first, last := h.up, h.down, h.first, h.last
	switch {
	case inDetail && s.view == mapView:
		up, down = h.north, h.south
	case inDetail && s.view == pageView:
		up, down, first, last = h.scrollUp, h.scrollDown, h.top, h.bottom
	}
	set(&k.Up, browsing, "↑/k", up)
	set(&k.Down, browsing, "↓/j", down)
	onMap := inDetail && s.view == mapView
	set(&k.PageUp, browsing, "pgup/b", h.pageUp)
	set(&k.PageDown, browsing, "pgdn/space", h.pageDown)
	// Half a page is the page's and the timeline's: in the list a page
	// is a few rows.
	set(&k.HalfUp, inDetail && !onMap, "ctrl+u", h.halfUp)
	set(&k.HalfDown, inDetail && !onMap, "ctrl+d", h.halfDown)
	set(&k.Home, browsing, "g/home", first)
	set(&k.End, browsing, "G/end", last)
	set(&k.Focus, browsing, "tab", h.focus)
	// On the map the arrows are its own (west and east), and tab or esc
	// leave it.
	set(&k.ToList, inDetail && !onMap, "←", h.toList)
	set(&k.ToSide, browsing && !inDetail, "→", strings.ToLower(words[s.lang].views[s.view]))
	set(&k.Open, browsing && !inDetail && s.selected, "enter", h.open)
	back := h.back
	if !inDetail {
		back = h.clear
	}
	set(&k.Back, browsing && (inDetail || s.filtered), "esc", back)
	set(&k.Search, browsing, "/", h.search)
	set(&k.Lang, browsing, "l", words[s.lang.Other()].langName)
	set(&k.Help, browsing, "?", helpLabel(h, s.fullHelp))
	set(&k.Quit, browsing, "q", h.quit)
	set(&k.Suspend, s.suspend, "ctrl+z", h.suspend)
	k.views(s, browsing, "←", "→", "p", "m", "t")
	set(&k.Sort, browsing && !s.filtered, "s", h.sort)

	set(&k.Keep, !browsing, "enter", h.keep)
	set(&k.Clear, !browsing, "esc", h.clear)
	set(&k.ResultUp, !browsing, "↑", h.up)
	set(&k.ResultDown, !browsing, "↓", h.down)
	set(&k.ForceQuit, !browsing, "ctrl+c", h.quit)
}

// views enables the keys of the views: each but the one shown, and the
// map's west and east while the map has the keyboard.
func (k *KeyMap) views(s keyState, on bool, left, right, page, mapKey, timeline string) {
	h, names := words[s.lang].help, words[s.lang].views
	onMap := on && s.focus == focusSide && s.view == mapView
	set(&k.Left, onMap, left, h.west)
	set(&k.Right, onMap, right, h.east)
	set(&k.Page, on && s.view != pageView, page, strings.ToLower(names[pageView]))
	set(&k.Map, on && s.view != mapView, mapKey, strings.ToLower(names[mapView]))
	set(&k.Timeline, on && s.view != timelineView, timeline, strings.ToLower(names[timelineView]))
}

// helpLabel is what the help key does: show more, or less.
func helpLabel(h helpTexts, full bool) string {
	if full {
		return h.less
	}
	return h.more
}

// set turns a binding on or off and gives it its help text.
func set(b *key.Binding, on bool, keys, desc string) {
	b.SetEnabled(on)
	b.SetHelp(keys, desc)
}

// pair joins two bindings into one entry of the short help ("↑/↓ choose"),
// live when both are: the bar is narrow and the full help lists them apart.
func pair(a, b key.Binding, keys, desc string) key.Binding {
	p := key.NewBinding(key.WithKeys(append(a.Keys(), b.Keys()...)...), key.WithHelp(keys, desc))
	p.SetEnabled(a.Enabled() && b.Enabled())
	return p
}

// ShortHelp implements help.KeyMap: the bindings of the focused pane that
// fit on one line.
func (m Model) ShortHelp() []key.Binding {
	k, h := m.keys, words[m.lang].help
	// With the view's keyboard, the arrows scroll the page, and choose a
	// city on the map and the timeline.
	move := h.choose
	if m.focus == focusSide && m.view == pageView {
		move = h.scroll
	}
	if m.typingFirst {
		// A visitor needs only these; f1 shows the rest. The views' keys
		// come last: the bar drops them first when it is too narrow, and
		// the header's tabs offer the views to a mouse.
		return []key.Binding{
			pair(k.ResultUp, k.ResultDown, "↑/↓", h.choose), pair(k.Up, k.Down, "↑/↓", move),
			k.Open, k.Back, k.Clear, k.Lang, k.Help, k.Page, k.Map, k.Timeline,
		}
	}
	return []key.Binding{
		// The bar is cut at the screen's width: what matters most first,
		// and ? for the rest.
		pair(k.Up, k.Down, "↑/↓", move),
		k.Open, k.Back, k.Search, k.Lang, k.Help, k.Quit, k.Focus,
		k.Keep, k.Clear, pair(k.ResultUp, k.ResultDown, "↑/↓", h.choose), k.ForceQuit,
		k.Page, k.Map, k.Timeline, k.Sort,
	}
}

// FullHelp implements help.KeyMap: every live binding, in columns, the
// first of them the keys of the list or, while it has the focus, the
// view's.
func (m Model) FullHelp() [][]key.Binding {
	k := m.keys
	// The query's ↑ and ↓ (the keys while it has the keyboard, as in the
	// kiosk) stand where the list's do, so that every mode lists its keys
	// in one order.
	move := []key.Binding{k.Up, k.Down, k.ResultUp, k.ResultDown, k.PageUp, k.PageDown, k.Home, k.End}
	if m.focus == focusSide {
		move = m.side().help(k)
	}
	// tab and the arrow that also moves between the panes share an
	// entry: the help fits 80 columns in both languages.
	focus := k.Focus
	switch {
	case k.ToSide.Enabled():
		focus = pair(k.Focus, k.ToSide, "tab/→", words[m.lang].help.focus)
	case k.ToList.Enabled():
		focus = pair(k.Focus, k.ToList, "tab/←", words[m.lang].help.focus)
	}
	return [][]key.Binding{
		move,
		{k.Open, k.Back, k.Keep, k.Clear, focus, k.Search},
		{k.Page, k.Map, k.Timeline, k.Sort},
		{k.Lang, k.Help, k.Quit, k.ForceQuit, k.Suspend},
	}
}
