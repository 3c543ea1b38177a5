package residency

import "strings"

// This file gives entities the names people read in a finding's text. An
// entity the assessment added from the catalog for a store written as a
// provider region has an ID made for machines ("catalog:aws-inc", see
// [CatalogEntityPrefix]); texts name it by the operator's name in the
// catalog ("Amazon Web Services, Inc."), while IDs, paths and JSON fields
// keep the ID. An entity the topology declares is named by its own ID, the
// name its author chose to write it by.

// EntityName returns the name by which texts about the report name entity
// id: for an entity the assessment added from the catalog, the operator's
// name in the catalog; for any other, id itself.
func (r *Report) EntityName(id string) string {
	if r != nil {
		if n, ok := r.Names[id]; ok {
			return n
		}
	}
	return id
}

// entityName returns the name by which texts name entity id (see
// [Report.EntityName]).
func (a *assessment) entityName(id string) string {
	if !strings.HasPrefix(id, CatalogEntityPrefix) {
		return id
	}
	if i, ok := a.ix.entities[id]; ok && a.t.Entities[i].Name != "" {
		return a.t.Entities[i].Name
	}
	return id
}

// catalogNames returns the names of the entities the assessment added
// from the catalog, by ID; nil when there are none.
func (a *assessment) catalogNames() map[string]string {
	var names map[string]string
	for _, x := range a.t.Entities {
		if strings.HasPrefix(x.ID, CatalogEntityPrefix) && x.Name != "" {
			if names == nil {
				names = map[string]string{}
			}
			names[x.ID] = x.Name
		}
	}
	return names
}
