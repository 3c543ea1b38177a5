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
// [Facts] (the governments that reach the data, the answers of their
// access profiles, how they reach it, whether they are foreign to the
// consumer, how many copies exist) and returns a [Rating] whose every
// score carries the reasons that set it. Package residency builds the
// Facts from a topology and a catalog. Ratings are derived from these
// facts only, never from a provider's or a country's name.
//
// # The model
//
// A government's access profile answers four questions: is access
// authorised in advance by an independent judge (Judicial); is it notified
// or reported (Transparency); can providers or citizens be compelled to
// assist intelligence services without judicial oversight (Assistance);
// can the state alter or remove content without a court (ContentControl).
// A protective answer costs nothing, "partly" half a point and "no" (or
// unknown) a full point; the opacity of a regime is the sum over the
// first three questions. Penalties round half points up. A regime foreign
// to the consumer costs one more point where the consumer's standing
// matters: a consumer has no domestic recourse against a foreign state,
// and foreign-intelligence law protects nationals more than foreigners.
//
// Each regime that reaches the data lowers elements as follows, and each
// element takes the lowest score any regime leaves it, less the additive
// deductions that are not a regime's (never below 1):
//
//   - Confidentiality: a regime that can obtain readable data (it reaches
//     whoever holds the keys, or the operator manages them) costs its
//     opacity, plus one point if foreign. A regime that can reach only
//     ciphertext costs nothing.
//   - Possession/Control: as confidentiality for readable data; a regime
//     that can seize only ciphertext costs its judicial gap (plus one if
//     foreign): it can take copies out of the owner's control but not
//     use them.
//   - Integrity: a regime that can alter content costs two points for
//     "yes", one for "partly"; if it reaches only ciphertext it can
//     remove but not undetectably alter, and costs half as much.
//   - Authenticity: a regime that can alter readable content costs one
//     point, plus one if it is foreign: origin cannot be assured, and a
//     foreign state's alterations are beyond the consumer's remedies.
//   - Availability: a regime that can remove content costs one point;
//     a single stored copy (no replica or backup) costs one more, in
//     addition.
//   - Utility: a regime that can alter or remove readable content costs
//     one point: filtered data is less useful for its intended use.
//   - Jurisdiction: the law where the data sits. Each regime in whose
//     territory a copy is stored costs its opacity, plus one if foreign.
//     With no stored copy in a known territory the element is unrated.
//
// # Calibration
//
// The model reproduces both of the thesis's tables from honestly
// modelled topologies (see examples/cases):
//
//   - Chinese consumer, Azure operated by 21Vianet in China (Table 15):
//     only the Chinese regime reaches the data; it answers no, no, yes,
//     yes; so confidentiality and possession 5-3 = 2, integrity 5-2 = 3,
//     authenticity, availability and utility 5-1 = 4 (the data is
//     replicated), jurisdiction 5-3 = 2.
//   - American consumer, Alibaba Cloud in the US (Table 20): the Chinese
//     regime reaches the data through the operator's Chinese-headquartered
//     parent and is foreign, so confidentiality and possession 5-3-1 = 1,
//     integrity 3, authenticity 5-1-1 = 3, availability and utility 4;
//     the data sits under US law, which answers partly, partly, partly,
//     no: jurisdiction 5-2 = 3.
//
// The thesis reserves 5 for nothing it rated; so does the model in
// practice, since every regime has some gap. Outside its calibration the
// model keeps these properties, which the tests check: adding a regime
// never raises an element; making data readable only with keys held
// beyond a regime's reach never lowers one; a more protective answer never
// lowers one; moving data and operator into the consumer's own
// jurisdiction when it requires judicial authorisation, is transparent,
// and neither compels assistance nor controls content never lowers one.
//
// Limits: the model sees law, not engineering. It does not know an
// operator's technical standards, service levels or incident history
// (which the thesis cites for authenticity, availability and utility), and
// treats all regimes' answers at the grain of yes, partly and no.
//
// # Fleets
//
// [Summarize] describes many ratings (every dataset of a topology, or one
// topology seen from several consumers) per element: minimum, median,
// mean and 10th percentile, computed with golang.org/x/exp/stats, and
// names the weakest element.
package hexad
