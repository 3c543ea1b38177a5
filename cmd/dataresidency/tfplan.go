package main

import (
	"errors"

	"github.com/dataresidency/dataresidency/residency/tfplan"
)

// Terraform plans are read with package residency/tfplan.
func init() {
	readPlan = readTerraformPlan
	maxInputBytes = max(maxInputBytes, tfplan.MaxPlanBytes)
	factsFile = tfplan.FactsFile
}

// readTerraformPlan reads the JSON of a Terraform plan with tfplan.Read,
// applying the facts document when there is one. Problems with
// individual resources (tfplan.ResourceError) are input errors, like a
// topology's validation errors: the plan is not assessed until they are
// fixed. Problems with the facts are the facts file's, located in it.
func readTerraformPlan(data []byte, name string, factsData []byte, factsName string) (*planResult, error) {
	opts := []tfplan.Option{tfplan.WithName(name)}
	if factsData != nil {
		facts, err := tfplan.DecodeFacts(factsData)
		if err != nil {
			return nil, &inputError{name: factsName, data: factsData, err: err}
		}
		opts = append(opts, tfplan.WithFacts(facts))
	}
	res, err := tfplan.Read(data, opts...)
	var fe *tfplan.FactsError
	if errors.As(err, &fe) {
		return nil, &inputError{name: factsName, data: factsData, err: fe.Err}
	}
	if err != nil {
		return nil, err
	}
	conv := func(rs []tfplan.Resource) []planResource {
		out := make([]planResource, len(rs))
		for i, r := range rs {
			out[i] = planResource{Address: r.Address, Type: r.Type, Reason: r.Reason}
		}
		return out
	}
	return &planResult{
		Topology:    res.Topology,
		Unsupported: conv(res.Unsupported),
		Unlocated:   conv(res.Unlocated),
		Notes:       conv(res.Notes),
		NoData:      conv(res.NoData),
		Facts:       factsName,
	}, nil
}
