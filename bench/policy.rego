# The benchmark's check set (bench/checkset.go) in Rego: the same findings
# residency.Assess reports, with the same semantics, for these rules on
# the as-of date 2026-06-01:
#
#   CN-CSL2025-39  localization of a CII operator's personal and important data of subjects in CN
#   CN-PIPL-38     transfer of personal data out of CN
#   EU-GDPR-44     transfer of personal data out of the EEA, onward transfers included
#   US-CLOUD-2713  US compelled access through US entities and the entities they control
#   CN-DSL-36      blocking statute: any data stored in CN
#   CN-PIPL-41     blocking statute: personal data stored in CN
#
# and the mechanisms cn-security-assessment, eu-scc-2021, eu-us-dpf and the
# EU adequacy decisions.
#
# input.eea[code], input.adequate[code], input.dpf_destinations[code] = true
#     EEA members, adequacy destinations and eu-us-dpf destinations on the date
# input.entities[id] = {"jurisdiction": code, "headquarters": code or "",
#     "owners": [{"parent": id, "share": number, "control": bool}],
#     "cii": [code], "dpf": bool (certified under eu-us-dpf)}
# input.datasets[id] = {"classes": [class], "subjects": [code], "controller": id or ""}
# input.stores[id] = {"location": code, "operator": id, "custodians": [id],
#     "key_holder": id (only when keys are held), "mechanisms": [id],
#     "datasets": [id], "inbound": [flow id], "admin": [flow id]}
# input.flows[id] = {"kind": "replication", "backup", "collection" or "admin-access",
#     "from": store id or "", "to": store id, "datasets": [id] (expanded),
#     "carries_all": bool (the flow lists no dataset: it carries every one),
#     "mechanisms": [id], "accessor": id, "accessor_location": code}
#
# data.residency.findings is a set of strings:
#   "V|<rule>|<path>" for a violation, and
#   "C|US|CN|<path>|<dataset>|<blocking rules joined by ,>" for a conflict,
#   one per dataset.
package residency

# Data classes and the classes they imply (jurisdiction.Implies).
personal_classes := {
	"personal", "sensitive-personal", "health", "financial", "biometric",
	"genomic", "precise-geolocation", "personal-identifiers",
}

important_classes := {"important", "core"}

personal(ds) if {
	some c in ds.classes
	personal_classes[c]
}

important(ds) if {
	some c in ds.classes
	important_classes[c]
}

subjects_in_eea(ds) if {
	some c in ds.subjects
	input.eea[c]
}

# CN-CSL2025-39's scope: personal or important data of subjects in CN whose
# controller CN designated an operator of critical information infrastructure.
localized(ds) if {
	localized_controller(ds)
	personal(ds)
}

localized(ds) if {
	localized_controller(ds)
	important(ds)
}

localized_controller(ds) if {
	"CN" in input.entities[ds.controller].cii
	"CN" in ds.subjects
}

carries(f, _) if f.carries_all

carries(f, did) if did in f.datasets

cn_stores contains sid if {
	some sid, st in input.stores
	st.location == "CN"
}

# LOCALIZATION (CN-CSL2025-39).

localized_copies contains [sid, did] if {
	some sid, st in input.stores
	some did in st.datasets
	localized(input.datasets[did])
}

held_in_cn contains did if {
	some sid in cn_stores
	some did in input.stores[sid].datasets
}

# No copy in CN.
findings contains concat("", ["V|CN-CSL2025-39|dataset/", did]) if {
	some [_, did] in localized_copies
	not held_in_cn[did]
}

# A copy outside CN that did not arrive through a flow relying on a CAC
# security assessment (or, for a copy no flow brought, in a store that
# does not declare one).
findings contains concat("", ["V|CN-CSL2025-39|dataset/", did, "/store/", sid]) if {
	some [sid, did] in localized_copies
	st := input.stores[sid]
	st.location != "CN"
	not exported_with_assessment(st, did)
}

exported_with_assessment(st, did) if {
	some fid in st.inbound
	f := input.flows[fid]
	carries(f, did)
	"cn-security-assessment" in f.mechanisms
}

exported_with_assessment(st, did) if {
	not arrived(st, did)
	"cn-security-assessment" in st.mechanisms
}

# TRANSFERS (CN-PIPL-38, EU-GDPR-44), over every movement of personal data
# (both rules cover personal data only): a leg is
# {"dataset", "from", "to", "mechanisms", "recipient", "path"}.

# Declared flows: replication and backup leave from their source store.
legs contains leg if {
	some fid, f in input.flows
	f.kind != "admin-access"
	f.kind != "collection"
	dst := input.stores[f.to]
	some did in f.datasets
	ds := input.datasets[did]
	personal(ds)
	leg := {
		"dataset": did, "from": input.stores[f.from].location, "to": dst.location,
		"mechanisms": f.mechanisms, "recipient": dst.operator, "path": concat("/", ["flow", fid]), "ctrl": null,
	}
}

# A collection, declared or not, starts with the data's subjects (each of
# their jurisdictions; the controller's home when none is declared), and
# is a transfer only under a rule whose territory holds its controller
# (ctrl, checked with each rule).
legs contains leg if {
	some fid, f in input.flows
	f.kind == "collection"
	dst := input.stores[f.to]
	some did in f.datasets
	ds := input.datasets[did]
	personal(ds)
	ctrl := input.entities[ds.controller]
	some from in origins(ds, ctrl)
	leg := {
		"dataset": did, "from": from, "to": dst.location,
		"mechanisms": f.mechanisms, "recipient": dst.operator, "path": concat("/", ["flow", fid]), "ctrl": ctrl,
	}
}

origins(ds, _) := ds.subjects if count(ds.subjects) > 0

origins(ds, ctrl) := [ctrl.jurisdiction] if count(ds.subjects) == 0

# controller_in(leg, set) holds for a leg that is no collection, or whose
# controller is incorporated or headquartered in the set of codes.
controller_in(leg, _) if leg.ctrl == null

controller_in(leg, codes) if codes[leg.ctrl.jurisdiction]

controller_in(leg, codes) if codes[leg.ctrl.headquarters]

# Remote administration is a transfer to where the accessor acts.
legs contains leg if {
	some fid, f in input.flows
	f.kind == "admin-access"
	st := input.stores[f.to]
	some did in f.datasets
	personal(input.datasets[did])
	leg := {
		"dataset": did, "from": st.location, "to": f.accessor_location,
		"mechanisms": f.mechanisms, "recipient": f.accessor, "path": concat("/", ["flow", fid]), "ctrl": null,
	}
}

# Data no inbound flow brought was collected straight into the store,
# relying on the store's mechanisms.
legs contains leg if {
	some sid, st in input.stores
	some did in st.datasets
	ds := input.datasets[did]
	personal(ds)
	not arrived(st, did)
	ctrl := input.entities[ds.controller]
	some from in origins(ds, ctrl)
	leg := {
		"dataset": did, "from": from, "to": st.location,
		"mechanisms": st.mechanisms, "recipient": st.operator, "path": concat("/", ["store", sid, "collection"]), "ctrl": ctrl,
	}
}

arrived(st, did) if {
	some fid in st.inbound
	carries(input.flows[fid], did)
}

findings contains concat("", ["V|CN-PIPL-38|dataset/", leg.dataset, "/", leg.path]) if {
	some leg in legs
	leg.from == "CN"
	leg.to != "CN"
	controller_in(leg, {"CN"})
	not "cn-security-assessment" in leg.mechanisms
}

findings contains concat("", ["V|EU-GDPR-44|dataset/", leg.dataset, "/", leg.path]) if {
	some leg in legs
	not input.eea[leg.to]
	controller_in(leg, input.eea)
	gdpr_transfer(leg)
	not gdpr_mechanism(leg)
}

# A transfer out of the EEA, or an onward transfer of data of subjects in
# the EEA between two places outside it.
gdpr_transfer(leg) if input.eea[leg.from]

gdpr_transfer(leg) if {
	leg.from != leg.to
	subjects_in_eea(input.datasets[leg.dataset])
}

gdpr_mechanism(leg) if input.adequate[leg.to]

gdpr_mechanism(leg) if "eu-scc-2021" in leg.mechanisms

gdpr_mechanism(leg) if {
	input.dpf_destinations[leg.to]
	input.entities[leg.recipient].dpf
}

# CONFLICTS: US-CLOUD-2713 reaches a store in CN through a US entity (or an
# entity a US entity controls) that operates it, has custody of it, holds
# its keys (other than the operator) or administers it; CN-DSL-36,
# CN-PIPL-41 and CN-CSL2025-39 forbid handing its data over.

us_entity(eid) if input.entities[eid].jurisdiction == "US"

us_entity(eid) if input.entities[eid].headquarters == "US"

controls(o) if o.control

controls(o) if o.share > 50

controllers(eid) := [o.parent | some o in input.entities[eid].owners; controls(o)]

# us_chain(eid) is the chain of IDs from eid up to the nearest US entity,
# breadth first in owner order; undefined if there is none. Rego has no
# recursion, so each level is written out (bench.maxControlDepth = 6).
us_chain(eid) := [eid] if {
	us_entity(eid)
} else := chain if {
	chain := [[eid, p1] |
		some p1 in controllers(eid)
		us_entity(p1)
	][0]
} else := chain if {
	chain := [[eid, p1, p2] |
		some p1 in controllers(eid)
		some p2 in controllers(p1)
		us_entity(p2)
	][0]
} else := chain if {
	chain := [[eid, p1, p2, p3] |
		some p1 in controllers(eid)
		some p2 in controllers(p1)
		some p3 in controllers(p2)
		us_entity(p3)
	][0]
} else := chain if {
	chain := [[eid, p1, p2, p3, p4] |
		some p1 in controllers(eid)
		some p2 in controllers(p1)
		some p3 in controllers(p2)
		some p4 in controllers(p3)
		us_entity(p4)
	][0]
} else := chain if {
	chain := [[eid, p1, p2, p3, p4, p5] |
		some p1 in controllers(eid)
		some p2 in controllers(p1)
		some p3 in controllers(p2)
		some p4 in controllers(p3)
		some p5 in controllers(p4)
		us_entity(p5)
	][0]
} else := chain if {
	chain := [[eid, p1, p2, p3, p4, p5, p6] |
		some p1 in controllers(eid)
		some p2 in controllers(p1)
		some p3 in controllers(p2)
		some p4 in controllers(p3)
		some p5 in controllers(p4)
		some p6 in controllers(p5)
		us_entity(p6)
	][0]
}

reach_path(prefix, eid) := concat("", [prefix, concat("/parent/", us_chain(eid))])

# us_reach contains [store, path]: one way the US reaches a store in CN.
us_reach contains [sid, reach_path(concat("", ["store/", sid, "/operator/"]), st.operator)] if {
	some sid in cn_stores
	st := input.stores[sid]
}

us_reach contains [sid, reach_path(concat("", ["store/", sid, "/custodian/"]), c)] if {
	some sid in cn_stores
	some c in input.stores[sid].custodians
}

us_reach contains [sid, reach_path(concat("", ["store/", sid, "/keys/"]), st.key_holder)] if {
	some sid in cn_stores
	st := input.stores[sid]
	st.key_holder != st.operator
}

us_reach contains [sid, reach_path(concat("", ["store/", sid, "/flow/", fid, "/accessor/"]), input.flows[fid].accessor)] if {
	some sid in cn_stores
	some fid in input.stores[sid].admin
}

blocking_rules := ["CN-CSL2025-39", "CN-DSL-36", "CN-PIPL-41"]

blocks("CN-CSL2025-39", ds) if localized(ds)

blocks("CN-DSL-36", _) := true

blocks("CN-PIPL-41", ds) if personal(ds)

findings contains concat("|", ["C", "US", "CN", path, did, concat(",", [id | some id in blocking_rules; blocks(id, ds)])]) if {
	some [sid, path] in us_reach
	some did in input.stores[sid].datasets
	ds := input.datasets[did]
}
