// Package hexad rates data on the seven elements of the updated Parkerian
// hexad, from 1 (least secure) to 5 (most secure), from a named consumer's
// point of view, as the MIT thesis on US-China cloud computing does in its
// Tables 15 and 20.
//
// The seven elements, in the thesis's order: Confidentiality,
// Possession/Control, Integrity, Authenticity, Availability, Utility and
// Jurisdiction. Donn Parker's six elements come in pairs
// (confidentiality-possession, integrity-authenticity,
// availability-utility); Nayan Ruparelia added jurisdiction because cloud
// data may sit in another country than the one it came from.
//
// The package knows nothing of topologies or catalogs: [Rate] takes
// [Facts] (the governments that reach the data or its keys, the answers
// of their access profiles on the rating date, how they reach it, whether
// the consumer has recourse before them, which of them cooperate, how
// many copies exist and where, and the engineering the topology declares)
// and returns a [Rating] whose every score carries the reasons that set
// it and its raw penalty. Package residency builds the Facts from a
// topology and a catalog, and adds to a Rating's Caveats what it could not
// take into account (a jurisdiction whose law was not researched). Ratings are derived from these facts only,
// never from a provider's or a country's name.
//
// # The law part
//
// A government's access profile answers five questions: is access
// authorised in advance by an independent judge (Judicial); is it
// notified or reported (Transparency); can providers or citizens be
// compelled to assist intelligence services without judicial oversight
// (Assistance); can the state alter or remove stored, unpublished content
// without a court (ContentControl); can it order published content taken
// down without a court (PublicTakedown). A protective answer costs
// nothing, "partly" half a point and "no" a full point; the opacity of a
// regime is the sum over the first three questions. Penalties round half
// points up. A regime the consumer has no recourse before (Foreign: not
// the consumer's own, nor a fellow member of a bloc with one
// data-protection law and its courts, such as the EEA) costs one more
// point where the consumer's standing matters.
//
// Each link of a regime is of a kind: it reaches the stored data and can
// read it (DataLink: the operator manages the keys, or the regime also
// reaches them), it reaches the data encrypted under keys out of its reach
// (CiphertextLink), or it reaches only the keys (KeyLink). A regime with
// both a ciphertext and a key link reads the data.
//
// An answer the profile does not give on the rating date (Unknown: no
// research, or none in force on that day) has no penalty: every element
// that rests on it is Unrated, with a reason naming the regime and the
// question. The model never stands in a floor for what was not researched.
//
// Each regime lowers elements as follows, and each element takes the
// largest deduction, less the additive ones below (never below 1):
//
//   - Confidentiality: a regime that can read the data costs its opacity,
//     plus one point if foreign. Two cooperating regimes (an agreement
//     under which each obtains data for the other) of which one reaches
//     the stored data and the other only the keys can read it together,
//     by request: the worse of the two costs a point less. Every further
//     government that can read the data (directly or by such a pair)
//     costs half a point more, so that a second reader shows although the
//     worst sets the score.
//   - Possession/Control: as confidentiality for readable data; a regime
//     that can seize only ciphertext costs its judicial gap (plus one if
//     foreign): it can take copies out of the owner's control but not use
//     them.
//   - Integrity: a regime that can read the data and alter content costs
//     two points for "yes", one for "partly"; one that reaches only
//     ciphertext can remove but not undetectably alter, and costs half as
//     much.
//   - Authenticity: a regime that can read and alter content costs one
//     point, and one more if the consumer has no recourse before it: the
//     consumer cannot contest before that state's courts what it altered.
//     (Integrity asks whether content can be altered, a power; authenticity
//     whether the consumer can establish what is genuine, which recourse
//     bears on.)
//   - Availability: a regime that can remove content (readable or not)
//     costs one point.
//   - Utility: a regime that can read and alter or remove content costs
//     one point: filtered data is less useful for its intended use.
//   - Jurisdiction: the law where the data sits. Each regime in whose
//     territory a copy is stored costs its opacity, plus one if foreign.
//     With no stored copy in a known territory the element is unrated.
//
// Content powers are ContentControl's answer for data that is not
// published; for data of class "public" the worse of ContentControl and
// PublicTakedown. A regime that reaches only the keys lowers nothing by
// itself: it cannot seize, alter or remove what it does not reach.
//
// # The engineering part
//
// Authenticity, availability and utility also rest on engineering (the
// thesis's reasons for Table 15's 4s are Microsoft's standards). The
// engineering facts are optional and declared in the topology:
//
//   - with none declared, the three are capped at 4, and the reason says
//     engineering was not assessed: above 4 is a claim about engineering;
//   - each copy's operator may declare assurances (standards,
//     certifications); a copy whose operator declares none caps the three
//     at 4; a copy run by a licensee under its licensor's standards only
//     caps availability at 4 ("maybe not to the extent of information
//     stored on Microsoft's own network", Table 15);
//   - a single copy, or copies all in one region, cost availability a
//     point; a consumer that reaches every copy only across a filtered
//     border costs it one more.
//
// # Calibration, not validation
//
// The constants above are calibrated to the thesis's two tables; the two
// tables therefore do not validate the model (a review found that, of
// 6,144 nearby variants of the rule set, only 2 reproduce both). The cell
// that fixes each constant:
//
//   - rounding half points up: Table 20's jurisdiction 3 (US opacity of
//     three half points gives 2 points);
//   - content control left out of opacity: Table 15's confidentiality,
//     possession and jurisdiction 2 (with it, 1);
//   - integrity's double weight: integrity 3 in both tables (single
//     weight gives 4);
//   - the recourse point on authenticity but not on integrity,
//     availability or utility: Table 20's authenticity 3 with integrity 3
//     and availability and utility 4;
//   - the recourse point on confidentiality, possession and jurisdiction:
//     Table 20's confidentiality and possession 1 (without it, 2).
//
// The rules added since (key links, cooperation, further readers, dated
// answers, public takedown, engineering) leave both tables as they were:
// for a Chinese consumer of Azure operated by 21Vianet (Table 15) only
// China reaches the data, answers no, no, yes, yes and yes on stored
// content: 2 2 3 4 4 4 2, the 4s being capped at 4 as well as lowered to
// 4; for an American consumer of Alibaba Cloud in the US (Table 20) China
// (through the operator's parent, foreign) and the US both read the data:
// 4 points for China and half a point for the second reader take
// confidentiality and possession to 1, and the data sits under US law
// (partly, partly, partly): 1 1 3 3 4 4 3. The further-reader rule and
// the engineering caps are the library's, not the thesis's; they are
// stated here so that nobody reads them as fitted to it.
//
// The properties the tests hold on random facts (package hexad) and random
// topologies (package residency): adding a regime never raises an
// element; a more protective answer never lowers one; turning readable
// reach into ciphertext never lowers one; reach to the keys alone never
// lowers integrity or authenticity; keys the consumer holds where it is
// never lower any element; a foreign replica never raises
// confidentiality, possession or jurisdiction; inside the EU a store rates
// the same for consumers in any member state; a domestic operator in
// place of a foreign-controlled one never lowers an element; scores do not
// depend on IDs or on the order of regimes and links.
//
// Limits: the model sees lawful compelled access, not extra-legal access
// (state hacking), supply-chain compromise, mandated approved encryption,
// or keys the service uses in the store's region although another party
// holds them; engineering is what the topology declares, taken as
// declared; answers are yes, partly and no, at the grain of a country.
//
// # Fleets
//
// [Summarize] describes many ratings (every dataset of a topology, or one
// topology seen from several consumers) per element: minimum, median,
// mean and 10th percentile, computed with golang.org/x/exp/stats, and
// names the weakest element.
package hexad
