package data_test

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/model/search"
)

// searchCase is a query a visitor may type, what it must list (the first
// city first; every city of the set, when it has several right answers,
// and nothing else), and the field its first city matched best in.
type searchCase struct {
	query string
	want  []string
	field search.Field
}

// Shorthands for the table: the partners' ids and the fields.
const (
	sto, giu, vol, per, hua = "saint-ouen", "giurgiu", "volgograd", "peristeri", "huainan"
	ujb, tro, bij, sim      = "ujbuda", "trogir", "bijeljina", "simferopol"

	fName, fCountry, fRegion, fYear, fMonth = search.FieldName, search.FieldCountry, search.FieldRegion, search.FieldYear, search.FieldMonth
	fKind, fPlace, fPerson, fOrg, fArea     = search.FieldKind, search.FieldPlace, search.FieldPerson, search.FieldOrganisation, search.FieldArea
	fGroup                                  = search.FieldGroup
)

// searchTable is what the embedded dataset must answer: every kind of
// key, in Bulgarian, English and the cities' own scripts, whole and in
// part, several words across fields, slips, and queries that must find
// nothing. Each query is searched in both languages of the list, which
// list the same cities.
var searchTable = []searchCase{
	// Names, as people write them, in any script.
	{"Сент-Уан", []string{sto}, fName}, {"Saint-Ouen", []string{sto}, fName}, {"saint ouen", []string{sto}, fName},
	{"sent uan", []string{sto}, fName}, {"сен уан", []string{sto}, fName}, {"saint ouen sur seine", []string{sto}, fName},
	{"Сент-Уан-сюр-Сен", []string{sto}, fName}, {"st ouen", []string{sto}, fName}, {"St-Ouen", []string{sto}, fName},
	{"Гюргево", []string{giu}, fName}, {"Giurgiu", []string{giu}, fName}, {"gyurgevo", []string{giu}, fName},
	{"giurgevo", []string{giu}, fName}, {"Джурджу", []string{giu}, fName}, {"гюрг", []string{giu}, fName},
	{"Волгоград", []string{vol}, fName}, {"Volgograd", []string{vol}, fName}, {"volgo", []string{vol}, fName},
	{"волг", []string{vol}, fName}, {"Сталинград", []string{vol}, fName}, {"Stalingrad", []string{vol}, fName},
	{"Царицин", []string{vol}, fName}, {"Tsaritsyn", []string{vol}, fName},
	{"Перистери", []string{per}, fName}, {"Peristeri", []string{per}, fName}, {"Περιστέρι", []string{per}, fName},
	{"perist", []string{per}, fName}, {"Περιστ", []string{per}, fName},
	{"Хуай Нан", []string{hua}, fName}, {"Huainan", []string{hua}, fName}, {"淮南", []string{hua}, fName},
	{"淮南市", []string{hua}, fName}, {"Хуайнан", []string{hua}, fName}, {"huai", []string{hua}, fName},
	{"huai nan", []string{hua}, fName},
	{"Уйбуда", []string{ujb}, fName}, {"Újbuda", []string{ujb}, fName}, {"ujbuda", []string{ujb}, fName},
	{"Ujb", []string{ujb}, fName}, {"XI. kerület", []string{ujb}, fName}, {"kerulete", []string{ujb}, fName},
	{"Budapest District XI", []string{ujb}, fName}, {"11-ти столичен район", []string{ujb}, fName},
	{"Трогир", []string{tro}, fName}, {"Trogir", []string{tro}, fName}, {"trog", []string{tro}, fName},
	{"Биелина", []string{bij}, fName}, {"Bijeljina", []string{bij}, fName}, {"Бијељина", []string{bij}, fName},
	{"Bijelina", []string{bij}, fName}, {"biyelina", []string{bij}, fName}, {"bielina", []string{bij}, fName},
	{"Бийелина", []string{bij}, fName},
	{"Симферопол", []string{sim}, fName}, {"Simferopol", []string{sim}, fName}, {"Симферополь", []string{sim}, fName},
	{"Сімферополь", []string{sim}, fName}, {"Aqmescit", []string{sim}, fName}, {"Akmescit", []string{sim}, fName},
	{"Ak-Mechet", []string{sim}, fName}, {"simf", []string{sim}, fName},
	// First letters: every city with a word that begins with them, and
	// no more as the word grows.
	{"v", []string{vol, sto, per, sim, hua}, fName}, {"vo", []string{vol}, fName}, {"vol", []string{vol}, fName},
	{"a", []string{sim, per, giu, bij, sto, hua, ujb, tro}, fName},

	// Inside a word, from its third letter typed: the word one or two
	// letters long matches only where a word begins, and a word of four
	// letters or more found inside a word only where none begins with it.
	{"grad", []string{vol}, fName}, {"град", []string{vol}, fName}, {"lgo", []string{vol}, fName},
	{"ograd", []string{vol}, fName}, {"гоград", []string{vol}, fName}, {"olgog", []string{vol}, fName},
	{"ster", []string{per}, fName}, {"стер", []string{per}, fName}, {"rist", []string{per}, fName},
	{"истери", []string{per}, fName}, {"inan", []string{hua}, fName}, {"айнан", []string{hua}, fName},
	{"nan", []string{hua, sto}, fName}, // Хуай Нан begins with it, and it is inside "Fernand"
	{"ljina", []string{bij}, fName}, {"елина", []string{bij}, fName}, {"ferop", []string{sim}, fName},
	{"фероп", []string{sim}, fName}, {"urgiu", []string{giu}, fName}, {"ргево", []string{giu}, fName},
	{"jbuda", []string{ujb}, fName}, {"йбуда", []string{ujb}, fName}, {"ogir", []string{tro}, fName},
	{"огир", []string{tro}, fName}, {"ussia", []string{vol}, fCountry}, {"ance", []string{sto}, fCountry},

	// Countries and their other names.
	{"Франция", []string{sto}, fCountry}, {"France", []string{sto}, fCountry}, {"french republic", []string{sto}, fCountry},
	{"Гърция", []string{per}, fCountry}, {"Greece", []string{per}, fCountry}, {"Ελλάδα", []string{per}, fCountry},
	{"Hellas", []string{per}, fCountry},
	{"Китай", []string{hua}, fCountry}, {"China", []string{hua}, fCountry}, {"КНР", []string{hua}, fCountry},
	{"PRC", []string{hua}, fCountry}, {"People's Republic of China", []string{hua}, fCountry}, {"中国", []string{hua}, fCountry},
	{"Румъния", []string{giu}, fCountry}, {"Romania", []string{giu}, fCountry}, {"România", []string{giu}, fCountry},
	{"Русия", []string{vol}, fCountry}, {"Russia", []string{vol}, fCountry}, {"Руска федерация", []string{vol}, fCountry},
	{"Russian Federation", []string{vol}, fCountry},
	{"Унгария", []string{ujb}, fCountry}, {"Hungary", []string{ujb}, fCountry}, {"Magyarország", []string{ujb}, fCountry},
	{"Хърватия", []string{tro}, fCountry}, {"Croatia", []string{tro}, fCountry}, {"Хърватска", []string{tro}, fCountry},
	{"Република Хърватия", []string{tro}, fCountry}, {"Republic of Croatia", []string{tro}, fCountry}, {"Hrvatska", []string{tro}, fCountry},
	{"Босна и Херцеговина", []string{bij}, fCountry}, {"Bosnia", []string{bij}, fCountry},
	{"Bosnia and Herzegovina", []string{bij}, fCountry}, {"БиХ", []string{bij}, fCountry}, {"BiH", []string{bij}, fCountry},
	{"Украйна", []string{sim}, fCountry}, {"Ukraine", []string{sim}, fCountry}, {"Україна", []string{sim}, fCountry},
	{"HR", []string{tro, per}, fCountry}, // Croatia's code, and the Hellenic Republic's initials

	// Regions.
	{"Крим", []string{sim}, fRegion}, {"Crimea", []string{sim}, fRegion}, {"Атика", []string{per}, fRegion},
	{"Attica", []string{per}, fRegion}, {"Западна Атина", []string{per}, fRegion}, {"Анхуе", []string{hua}, fRegion},
	{"Anhui", []string{hua}, fRegion}, {"Сплит", []string{tro}, fRegion}, {"Split-Dalmatia", []string{tro}, fRegion},
	{"Srpska", []string{bij}, fRegion}, {"Волгоградска област", []string{vol}, fRegion}, {"Будапеща", []string{ujb}, fRegion},

	// Years, months and days of events.
	{"1961", []string{sto}, fYear}, {"1986", []string{per, sim}, fYear}, {"1994", []string{hua}, fYear},
	{"2000", []string{vol}, fYear}, {"2002", []string{per, giu}, fYear}, {"2008", []string{sim}, fYear},
	{"2010", []string{ujb}, fYear}, {"2011", []string{tro}, fYear},
	{"септември", []string{sto, sim, hua}, fMonth}, {"September", []string{sto, sim, hua}, fMonth},
	{"септември 1961", []string{sto}, fMonth}, {"September 1961", []string{sto}, fMonth},
	{"February 2002", []string{per}, fMonth}, {"февруари 2002", []string{per}, fMonth},
	{"януари 2011", []string{tro}, fMonth}, {"January", []string{tro}, fMonth}, {"август 2010", []string{ujb}, fMonth},
	{"19 August", []string{ujb}, fMonth}, {"9 May", []string{giu}, fMonth}, {"25 септември", []string{sto}, fMonth},
	{"May 2002", []string{giu, per}, fYear}, // May, before the mayor who signed in Peristeri

	// Kinds of relationship and of events, by their labels and the
	// page's other words for them.
	{"twinning", []string{sto, per, bij}, fKind}, {"побратимяване", []string{sto, per, bij}, fKind},
	{"twinning agreement", []string{sto, per, bij}, fKind}, {"договор за побратимяване", []string{per, sto, bij}, fKind},
	{"дружба и сътрудничество", []string{sim, hua}, fKind}, {"договор за дружба", []string{hua, sim}, fKind},
	{"cooperation agreement", []string{ujb, tro, sim}, fKind}, {"споразумение за сътрудничество", []string{ujb, tro, sim}, fKind},
	{"спогодба", []string{ujb, tro}, fKind}, {"спогодба за сътрудничество", []string{ujb, tro}, fKind},
	{"additional agreement", []string{sim}, fKind}, {"допълнително споразумение", []string{sim}, fKind},
	{"cooperation document", []string{vol}, fKind}, {"документ", []string{vol}, fKind},
	{"founding of an institution", []string{per}, fKind}, {"институция", []string{per}, fKind},
	{"agreement", []string{sto, per, sim, ujb, tro, bij}, fKind},

	// People, by name, other spelling and role.
	{"К. Джамбазов", []string{per}, fPerson}, {"Джамбазов", []string{per}, fPerson}, {"Dzhambazov", []string{per}, fPerson},
	{"Djambazov", []string{per}, fPerson}, {"Jambazov", []string{per}, fPerson},
	{"Вълко Вълков", []string{sto}, fPerson}, {"Valko Valkov", []string{sto}, fPerson}, {"Вълков", []string{sto}, fPerson},
	{"Фернан Льофор", []string{sto}, fPerson}, {"Фериан Льофор", []string{sto}, fPerson}, {"Fernand Lefort", []string{sto}, fPerson},
	{"Lefort", []string{sto}, fPerson}, {"Льофор", []string{sto}, fPerson},
	{"Божидар Йотов", []string{sim}, fPerson}, {"Bozhidar Yotov", []string{sim}, fPerson}, {"Bojidar", []string{sim}, fPerson},
	{"Iotov", []string{sim}, fPerson}, {"Йотов", []string{sim}, fPerson},
	{"Генадий Бабенко", []string{sim}, fPerson}, {"Gennadiy Babenko", []string{sim}, fPerson}, {"Gennady", []string{sim}, fPerson},
	{"Hennadii", []string{sim}, fPerson}, {"Геннадий", []string{sim}, fPerson}, {"Babenko", []string{sim}, fPerson},
	{"mayor", []string{sto, per, sim}, fPerson}, {"кмет", []string{sto, per, sim}, fPerson},
	{"кмет на Русе", []string{sto, sim}, fPerson}, {"mayor of ruse", []string{sto, sim}, fPerson},
	{"кмет на община Русе", []string{sim, sto}, fPerson},

	// Organisations, by name and role.
	{"Danubius", []string{giu}, fOrg}, {"Данубиус", []string{giu}, fOrg}, {"еврорегион", []string{giu}, fOrg},
	{"euroregion", []string{giu}, fOrg}, {"Еврорегион Данубиус", []string{giu}, fOrg},
	{"Euroregion Danubius Association", []string{giu}, fOrg}, {"euroregion association", []string{giu}, fOrg},
	{"founder", []string{giu}, fOrg}, {"учредител", []string{giu}, fOrg}, {"Областна администрация", []string{giu}, fOrg},
	{"Ruse Regional Administration", []string{giu}, fOrg},
	{"Дружество за българо-китайско приятелство", []string{hua}, fOrg}, {"Friendship Society", []string{hua}, fOrg},
	{"Bulgarian-Chinese", []string{hua}, fOrg},
	{"Възраждане", []string{per}, fOrg}, {"Vazrazhdane", []string{per}, fOrg}, {"училище", []string{per}, fOrg},
	{"14th School", []string{per}, fOrg}, {"XIV училище", []string{per}, fOrg},
	{"гръцки", []string{per}, fOrg}, {"Greek language", []string{per}, fOrg}, {"гръцки език", []string{per}, fOrg},
	{"Център за изучаване на гръцки език", []string{per}, fOrg}, {"language centre", []string{per}, fOrg},
	{"ruse", []string{giu, sto, sim, hua}, fOrg}, // the home city: each names it somewhere, and says where

	// Places of events.
	{"Будапеща 2010", []string{ujb}, fRegion}, {"Budapest", []string{ujb}, fName}, {"Huainan, China", []string{hua}, fName},

	// Areas of cooperation.
	{"tourism", []string{sim, vol, ujb, tro, bij}, fArea}, {"туризъм", []string{sim, vol, ujb, tro, bij}, fArea},
	{"culture", []string{per, sim, vol, giu, ujb, tro, bij}, fArea}, {"култура", []string{per, sim, vol, giu, ujb, tro, bij}, fArea},
	{"education", []string{per, sim, giu, ujb, bij}, fArea}, {"образование", []string{per, sim, giu, ujb, bij}, fArea},
	{"healthcare", []string{sto, sim, giu, bij}, fArea}, {"здравеопазване", []string{sto, sim, giu, bij}, fArea},
	{"sport", []string{sto, sim, bij}, fArea}, {"спорт", []string{sto, sim, bij}, fArea},
	{"economy", []string{sim, giu, ujb, bij}, fArea}, {"икономика", []string{sim, giu, ujb, bij}, fArea},
	{"transport", []string{vol, giu}, fArea}, {"environment", []string{giu}, fArea}, {"околна среда", []string{giu}, fArea},
	{"agriculture", []string{giu}, fArea}, {"земеделие", []string{giu}, fArea}, {"labour market", []string{giu}, fArea},
	{"information technology", []string{bij}, fArea}, {"IT", []string{bij}, fArea}, {"innovation", []string{bij}, fArea},
	{"investment", []string{bij}, fArea}, {"инвестиции", []string{bij}, fArea}, {"science", []string{sim, bij}, fArea},
	{"industrial production", []string{vol}, fArea}, {"промишлено производство", []string{vol}, fArea},
	{"business contacts", []string{per}, fArea}, {"делови контакти", []string{per}, fArea},
	{"arts", []string{sto, hua}, fArea}, {"изкуство", []string{sto, hua}, fArea},
	{"architecture", []string{sto}, fArea}, {"архитектура", []string{sto}, fArea}, {"youth exchange", []string{sto}, fArea},
	{"delegations", []string{sto, hua}, fArea}, {"делегации", []string{sto, hua}, fArea},
	{"local government", []string{sto, bij}, fArea}, {"exhibitions", []string{sim}, fArea}, {"изложби и панаири", []string{sim}, fArea},
	{"joint projects", []string{sto, sim, tro, bij}, fArea}, {"good practice", []string{tro}, fArea},
	{"добри практики", []string{tro}, fArea}, {"cross-border", []string{giu}, fArea}, {"трансгранично", []string{giu}, fArea},
	{"social", []string{sim, ujb, bij}, fArea},

	// The groups and professions of the exchanges.
	{"лекари", []string{sto}, fGroup}, {"doctors", []string{sto}, fGroup}, {"artists", []string{sto, hua}, fGroup},
	{"художници", []string{sto, hua}, fGroup}, {"ученици", []string{sto}, fGroup}, {"pupils", []string{sto}, fGroup},
	{"architects", []string{sto}, fGroup}, {"athletes", []string{sto}, fGroup}, {"спортисти", []string{sto}, fGroup},
	{"youth groups", []string{sto}, fGroup}, {"representatives of the municipal administration", []string{sto}, fGroup},

	// Several words across fields: each must match somewhere.
	{"huainan china", []string{hua}, fName}, {"Бабенко Йотов", []string{sim}, fPerson}, {"Гюргево Румъния", []string{giu}, fName},
	{"peristeri greece", []string{per}, fName}, {"France 1961", []string{sto}, fCountry}, {"Франция 1961", []string{sto}, fCountry},
	{"Lefort 1961", []string{sto}, fPerson}, {"twinning France", []string{sto}, fKind}, {"побратимяване Гърция", []string{per}, fKind},
	{"1986 friendship", []string{sim}, fKind}, {"1986 twinning", []string{per}, fKind}, {"mayor 2008", []string{sim}, fPerson},
	{"кмет 1961", []string{sto}, fYear}, {"Greece 2002", []string{per}, fCountry}, {"Giurgiu 2002 Danubius", []string{giu}, fName},
	{"tourism culture", []string{sim, vol, ujb, tro, bij}, fArea}, {"туризъм култура спорт", []string{sim, bij}, fArea},
	{"tourism Croatia", []string{tro}, fCountry}, {"culture 2011", []string{tro}, fArea}, {"Крим 2008", []string{sim}, fYear},
	{"Budapest 2010", []string{ujb}, fName}, {"Будапеща август", []string{ujb}, fRegion}, {"artists China", []string{hua}, fGroup},
	{"художници Франция", []string{sto}, fGroup}, {"Anhui delegations", []string{hua}, fArea},
	{"Peristeri Atina", []string{per}, fName}, {"Сент Уан Франция", []string{sto}, fCountry},
	{"Simferopol Ukraine Crimea", []string{sim}, fName}, {"Russia industrial", []string{vol}, fArea},
	{"euroregion Romania", []string{giu}, fOrg}, {"school Athens", []string{per}, fOrg}, {"Yotov Simferopol", []string{sim}, fName},
	{"volgo g", []string{vol}, fName}, // no word of Volgograd's starts with g: the words spell its name

	// A slip, in a word of six runes or more, where nothing matches as typed.
	{"volgogard", []string{vol}, fName}, {"peristery", []string{per}, fName}, {"simferpol", []string{sim}, fName},
	{"huainam", []string{hua}, fName}, {"trogri", []string{tro}, fName}, {"biejlina", []string{bij}, fName},
	{"frnace", []string{sto}, fCountry}, {"lefrot", []string{sto}, fPerson}, {"sinferopol", []string{sim}, fName},
	{"ujbdua", []string{ujb}, fName}, {"gyurgvo", []string{giu}, fName}, {"danubus", []string{giu}, fOrg},
	{"Djambazof", []string{per}, fPerson}, {"agricultre", []string{giu}, fArea}, {"volgogard russia", []string{vol}, fName},

	// Nothing.
	{"zzzz", nil, 0}, {"tokyo", nil, 0}, {"berlin", nil, 0}, {"London", nil, 0}, {"Лондон", nil, 0},
	{"Paris", nil, 0}, {"Москва", nil, 0}, {"qwerty", nil, 0}, {"xyz", nil, 0}, {"1999", nil, 0},
	{"pizza", nil, 0}, {"New York", nil, 0}, {"Sofia", nil, 0}, {"Rousse", nil, 0}, {"Trau", nil, 0},
	{"France 1994", nil, 0}, {"Lefort Йотов", nil, 0}, {"China Greece", nil, 0}, {"frnac", nil, 0},
}

// TestSearchTable searches the embedded dataset for every query of
// searchTable in both languages.
func TestSearchTable(t *testing.T) {
	if len(searchTable) < 200 {
		t.Fatalf("the table has %d queries; it should have at least 200", len(searchTable))
	}
	ds, se := realSearcher(t)
	seen := map[string]bool{}
	for _, c := range searchTable {
		if seen[c.query] {
			t.Errorf("%q is in the table twice", c.query)
		}
		seen[c.query] = true
		for _, lang := range model.Langs {
			got := se.Search(c.query, lang)
			ids := matchIDs(got)
			switch {
			case len(c.want) == 0:
				if len(got) != 0 {
					t.Errorf("Search(%q, %s) = %v, want nothing", c.query, lang.Code(), ids)
				}
				continue
			case len(got) == 0 || ids[0] != c.want[0]:
				t.Errorf("Search(%q, %s) = %v, want %s first", c.query, lang.Code(), ids, c.want[0])
				continue
			case !sameSet(ids, c.want):
				t.Errorf("Search(%q, %s) = %v, want just %v", c.query, lang.Code(), ids, c.want)
			}
			if e := got[0].Explain(ds.Partners[got[0].Index]); e.Best.Field != c.field {
				t.Errorf("Search(%q, %s): %s matched best in its %s (%q), want its %s",
					c.query, lang.Code(), ids[0], e.Best.Field, e.Best.Text, c.field)
			}
		}
	}
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

// TestSearchOneMoreLetter types random queries into the embedded dataset,
// built of its own words in part, with random letters and slips, and
// checks that each letter typed never adds a city to a list that is not
// empty; but for the letter with which a word reaches three runes, from
// which a word matches inside words too, and which may add only cities
// that the list the word began from had.
func TestSearchOneMoreLetter(t *testing.T) {
	ds, se := realSearcher(t)
	var words []string
	for _, c := range ds.Partners {
		texts := []string{c.Name.BG, c.Name.EN, c.Country.Name.BG, c.Country.Name.EN, c.Region.BG, c.Region.EN}
		for _, e := range c.Events {
			for _, p := range e.Signatories {
				texts = append(texts, p.Name.BG, p.Name.EN, p.Role.BG, p.Role.EN)
			}
			for _, o := range e.Organisations {
				texts = append(texts, o.Name.BG, o.Name.EN)
			}
		}
		for _, a := range c.Areas {
			texts = append(texts, a.Label(model.BG), a.Label(model.EN))
		}
		for _, s := range texts {
			words = append(words, strings.FieldsFunc(s, notInWord)...)
		}
	}
	rng := rand.New(rand.NewPCG(7, 8))
	letters := []rune("abcdefghijklmnopqrstuvwxyzабвгдежзийклмнопрстуфхцчшщъюя ")
	reopened := 0
	for range 2000 {
		var q []rune
		for range 1 + rng.IntN(3) {
			w := []rune(words[rng.IntN(len(words))])
			w = w[:1+rng.IntN(len(w))]
			if rng.IntN(3) == 0 {
				w[rng.IntN(len(w))] = letters[rng.IntN(len(letters))]
			}
			if len(q) > 0 {
				q = append(q, ' ')
			}
			q = append(q, w...)
		}
		lang := model.Langs[rng.IntN(len(model.Langs))]
		se.Search("", lang)
		var before, base []search.Match
		for i := range q {
			got := se.Search(string(q[:i+1]), lang)
			was, now := strings.FieldsFunc(string(q[:i]), notInWord), strings.FieldsFunc(string(q[:i+1]), notInWord)
			if len(now) != len(was) {
				base = before // a new word begins from the list before it
			}
			if len(before) > 0 {
				for _, id := range matchIDs(got) {
					if slices.Contains(matchIDs(before), id) {
						continue
					}
					// Typed one rune to a letter, a word folds to one rune
					// at least: a word that reaches three has at most two
					// before.
					if len(now) != len(was) || len([]rune(was[len(was)-1])) > 2 || len(base) > 0 && !slices.Contains(matchIDs(base), id) {
						t.Fatalf("%q lists %s, which %q did not: %v then %v",
							string(q[:i+1]), id, string(q[:i]), matchIDs(before), matchIDs(got))
					}
					reopened++
				}
			}
			before = got
		}
	}
	if reopened == 0 {
		t.Error("no word's third rune found anything inside a word")
	}
}

// notInWord reports whether r is not part of a word of a query.
func notInWord(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
