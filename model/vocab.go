package model

// Term is an entry of the app's fixed bilingual vocabulary: a stable key
// used in data files and exports, and its label in each language.
type Term struct {
	Key   string
	Label Text
}

// Kind is a kind of relationship or agreement between two cities.
type Kind string

// The kinds of relationship and agreement the source names.
const (
	Twinning              Kind = "twinning"
	FriendshipCooperation Kind = "friendship-cooperation"
	CooperationAgreement  Kind = "cooperation-agreement"
	Euroregion            Kind = "euroregion-association"
	AdditionalAgreement   Kind = "additional-agreement"
	CooperationDocument   Kind = "cooperation-document"
	Institution           Kind = "institution"
)

// Kinds is the vocabulary of kinds, in the order the app lists them.
var Kinds = []Term{
	{string(Twinning), Text{"побратимяване", "twinning"}},
	{string(FriendshipCooperation), Text{"дружба и сътрудничество", "friendship and cooperation"}},
	{string(CooperationAgreement), Text{"споразумение за сътрудничество", "cooperation agreement"}},
	{string(Euroregion), Text{"еврорегионална асоциация", "euroregion association"}},
	{string(AdditionalAgreement), Text{"допълнително споразумение", "additional agreement"}},
	{string(CooperationDocument), Text{"документ за сътрудничество", "cooperation document"}},
	{string(Institution), Text{"основаване на институция", "founding of an institution"}},
}

// kindWords are the other names the source gives each kind besides its
// label, which people remember and search for: the page calls Újbuda's
// agreement a "спогодба" and Simferopol's a "Договор за дружба и
// сътрудничество".
var kindWords = map[Kind][]Text{
	Twinning: {{"договор за побратимяване", "twinning agreement"}},
	FriendshipCooperation: {
		{"договор за дружба и сътрудничество", "treaty of friendship and cooperation"},
		{"приятелски връзки и сътрудничество", "friendly relations and cooperation"},
	},
	CooperationAgreement: {{"спогодба за сътрудничество", "agreement on cooperation"}},
	Euroregion:           {{"еврорегион", "euroregion"}},
}

// Words returns the other names of the kind besides its label, in both
// languages; none for a kind outside the vocabulary.
func (k Kind) Words() []Text { return kindWords[k] }

// Area is an area of cooperation.
type Area string

// Areas is the vocabulary of areas of cooperation, in the order the app
// lists them.
var Areas = []Term{
	{"economy", Text{"икономика", "economy"}},
	{"industry", Text{"промишлено производство", "industrial production"}},
	{"business", Text{"делови контакти", "business contacts"}},
	{"investment", Text{"инвестиции", "investment"}},
	{"innovation", Text{"иновации", "innovation"}},
	{"information-technology", Text{"информационни технологии", "information technology"}},
	{"science-technology", Text{"научно-техническо сътрудничество", "science and technology"}},
	{"transport", Text{"транспорт", "transport"}},
	{"environment", Text{"околна среда", "environment"}},
	{"agriculture", Text{"земеделие", "agriculture"}},
	{"labour-market", Text{"пазар на труда", "labour market"}},
	{"social", Text{"социална сфера", "social affairs"}},
	{"healthcare", Text{"здравеопазване", "healthcare"}},
	{"education", Text{"образование", "education"}},
	{"language", Text{"изучаване на езици", "language learning"}},
	{"culture", Text{"култура", "culture"}},
	{"arts", Text{"изкуство", "arts"}},
	{"architecture", Text{"архитектура", "architecture"}},
	{"tourism", Text{"туризъм", "tourism"}},
	{"sport", Text{"спорт", "sport"}},
	{"youth-exchange", Text{"ученически и младежки обмен", "school and youth exchange"}},
	{"delegations", Text{"обмен на делегации", "exchange of delegations"}},
	{"local-government", Text{"местно самоуправление", "local government"}},
	{"exhibitions-fairs", Text{"изложби и панаири", "exhibitions and fairs"}},
	{"joint-projects", Text{"съвместни проекти и програми", "joint projects and programmes"}},
	{"good-practice", Text{"обмен на добри практики", "exchange of good practice"}},
	{"cross-border", Text{"трансгранично сътрудничество", "cross-border cooperation"}},
}

// lookup finds a key in a vocabulary.
func lookup(terms []Term, key string) (Term, bool) {
	for _, t := range terms {
		if t.Key == key {
			return t, true
		}
	}
	return Term{}, false
}

// termLabel returns a key's label in a vocabulary, or the key itself when the
// vocabulary lacks it.
func termLabel(terms []Term, key string, l Lang) string {
	if t, ok := lookup(terms, key); ok {
		return t.Label.In(l)
	}
	return key
}

// Label returns the kind's label in the given language, or the key itself
// when the kind is not in the vocabulary.
func (k Kind) Label(l Lang) string { return termLabel(Kinds, string(k), l) }

// Valid reports whether the kind is in the vocabulary.
func (k Kind) Valid() bool { _, ok := lookup(Kinds, string(k)); return ok }

// Label returns the area's label in the given language, or the key itself
// when the area is not in the vocabulary.
func (a Area) Label(l Lang) string { return termLabel(Areas, string(a), l) }

// Valid reports whether the area is in the vocabulary.
func (a Area) Valid() bool { _, ok := lookup(Areas, string(a)); return ok }
