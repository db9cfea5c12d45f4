package model

import (
	"fmt"
	"time"
)

// label is a fixed text of the detail document, kept here in every language
// so that a new language is one column to fill in, never a hunt through code.
type label int

// The labels of the detail document. Those ending in Format are fmt formats.
const (
	labelNativeName       label = iota
	labelNativeNames            // several names in one language
	labelNativeNamesLangs       // names in several languages
	labelNativeFormat           // name, language, script
	labelCountry
	labelRegion
	labelRelationship
	labelDistanceFormat      // home city
	labelDistanceValueFormat // kilometres, compass direction
	labelKmFormat            // kilometres
	labelEvents
	labelSignedByFormat // the signatories
	labelPeopleFormat   // a title, the people
	labelOrganisation
	labelOrganisations
	labelAnd
	labelAim
	labelAims
	labelActivities
	labelAreas
	labelNotes
	labelNotesIntro
	labelSourceFormat // source
	labelNoDate
	labelDayFormat   // day, month, year
	labelMonthFormat // month, year
	labelYearFormat  // year
)

// labels holds every label in every language, indexed by label.
var labels = [...]Text{
	labelNativeName:          {"Име на местния език", "Native name"},
	labelNativeNames:         {"Имена на местния език", "Native names"},
	labelNativeNamesLangs:    {"Имена на местните езици", "Native names"},
	labelNativeFormat:        {"%s (%s, %s)", "%s (%s, %s)"},
	labelCountry:             {"Държава", "Country"},
	labelRegion:              {"Регион", "Region"},
	labelRelationship:        {"Вид на връзката", "Relationship"},
	labelDistanceFormat:      {"Разстояние от %s", "Distance from %s"},
	labelDistanceValueFormat: {"%d км в посока %s", "%d km to the %s"},
	labelKmFormat:            {"%d км", "%d km"},
	labelEvents:              {"Хронология", "Timeline"},
	labelSignedByFormat:      {"Подписано от %s.", "Signed by %s."},
	labelPeopleFormat:        {"%s: %s.", "%s: %s."},
	labelOrganisation:        {"Организация", "Organisation"},
	labelOrganisations:       {"Организации", "Organisations"},
	labelAnd:                 {" и ", " and "},
	labelAim:                 {"Цел", "Aim"},
	labelAims:                {"Цели", "Aims"},
	labelActivities:          {"Основни дейности", "Main activities"},
	labelAreas:               {"Области на сътрудничество", "Areas of cooperation"},
	labelNotes:               {"Бележки от други източници", "Notes from other sources"},
	labelNotesIntro:          {"Тези сведения идват от източници извън страницата на общината: допълват я, но не я заменят.", "These come from sources other than the municipality's page: they add to it and never replace it."},
	labelSourceFormat:        {"Източник: %s", "Source: %s"},
	labelNoDate:              {"без дата", "date not given"},
	labelDayFormat:           {"%d %s %d г.", "%d %s %d"},
	labelMonthFormat:         {"%s %d г.", "%s %d"},
	labelYearFormat:          {"%d г.", "%d"},
}

// in returns the label in the given language.
func (k label) in(l Lang) string { return labels[k].In(l) }

// format fills the label's format with args in the given language.
func (k label) format(l Lang, args ...any) string { return fmt.Sprintf(k.in(l), args...) }

// monthNames are the names of the months, January first. Bulgarian month
// names do not decline, so one form serves every date.
var monthNames = [12]Text{
	{"януари", "January"}, {"февруари", "February"}, {"март", "March"},
	{"април", "April"}, {"май", "May"}, {"юни", "June"},
	{"юли", "July"}, {"август", "August"}, {"септември", "September"},
	{"октомври", "October"}, {"ноември", "November"}, {"декември", "December"},
}

// monthName returns the month's name, or its number when it is out of range.
func monthName(m time.Month, l Lang) string {
	if m < time.January || m > time.December {
		return fmt.Sprint(int(m))
	}
	return monthNames[m-1].In(l)
}

// languageNames name the languages of native city names by ISO 639 code.
var languageNames = map[string]Text{
	"bg":  {"български", "Bulgarian"},
	"crh": {"кримскотатарски", "Crimean Tatar"},
	"el":  {"гръцки", "Greek"},
	"fr":  {"френски", "French"},
	"hr":  {"хърватски", "Croatian"},
	"hu":  {"унгарски", "Hungarian"},
	"ro":  {"румънски", "Romanian"},
	"ru":  {"руски", "Russian"},
	"sr":  {"сръбски", "Serbian"},
	"uk":  {"украински", "Ukrainian"},
	"zh":  {"китайски", "Chinese"},
}

// Transliterated is the script of a native name that a screen shows in
// Latin letters because it cannot draw the name's own script (the Linux
// console and Han): not an ISO 15924 code, so that no dataset claims it.
const Transliterated = "transliterated"

// scriptNames name writing systems by ISO 15924 code.
var scriptNames = map[string]Text{
	Transliterated: {"транслитерирано", "transliterated"},
	"Cyrl":         {"кирилица", "Cyrillic script"},
	"Grek":         {"гръцка азбука", "Greek script"},
	"Hans":         {"опростени китайски йероглифи", "simplified Chinese characters"},
	"Hant":         {"традиционни китайски йероглифи", "traditional Chinese characters"},
	"Latn":         {"латиница", "Latin script"},
}

// codeName returns the name of a language or script code from a table, or
// the code itself when the table does not know it, so a new dataset never
// shows a blank.
func codeName(table map[string]Text, code string, l Lang) string {
	if t, ok := table[code]; ok {
		return t.In(l)
	}
	return code
}
