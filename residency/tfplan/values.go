package tfplan

import (
	"fmt"
	"slices"
	"strings"
)

// get walks a decoded JSON value: a string step indexes an object, an int
// step a list. An int step on an object passes through when it is 0, for
// blocks the configuration represents with single nesting.
func get(v any, path ...any) any {
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				return nil
			}
			v = m[k]
		case int:
			switch x := v.(type) {
			case []any:
				if k < 0 || k >= len(x) {
					return nil
				}
				v = x[k]
			case map[string]any:
				if k != 0 {
					return nil
				}
			default:
				return nil
			}
		default:
			return nil
		}
	}
	return v
}

// str returns v as a non-empty string.
func str(v any) (string, bool) {
	s, ok := v.(string)
	return s, ok && s != ""
}

func list(v any) []any {
	l, _ := v.([]any)
	return l
}

// str returns the string attribute at path of in's planned values.
func (in *instance) str(path ...any) (string, bool) { return str(get(in.values, path...)) }

// isUnknown reports whether the value at path is known only after apply.
func (in *instance) isUnknown(path ...any) bool {
	v := in.unknown
	if v == true {
		return true
	}
	for _, p := range path {
		v = get(v, p)
		if v == true {
			return true
		}
		if v == nil {
			return false
		}
	}
	return false
}

// expr returns the configuration expression at path, or nil.
func (in *instance) expr(path ...any) any {
	if in.cfg == nil {
		return nil
	}
	return get(in.cfg.Expressions, path...)
}

// refs returns the references of the configuration expression at path.
func (in *instance) refs(path ...any) []string {
	var out []string
	for _, x := range list(get(in.expr(path...), "references")) {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// describeExpr says what a configuration expression is, for reasons.
func describeExpr(e any) string {
	refs := list(get(e, "references"))
	if len(refs) == 0 {
		return "an expression"
	}
	s, _ := refs[0].(string)
	return s
}

// resolveRefs returns the managed instances of the given types that refs
// name, relative to in's module, without duplicates.
func (r *reader) resolveRefs(in *instance, refs []string, types ...string) []*instance {
	var out []*instance
	seen := map[*instance]bool{}
	for _, ref := range refs {
		head, _, _ := strings.Cut(ref, ".")
		switch head {
		case "var", "local", "module", "data", "each", "count", "path", "self", "terraform":
			continue
		}
		var found *instance
		full := ref
		if in.module != "" {
			full = in.module + "." + ref
		}
		if x := r.byAddr[full]; x != nil && x.mode == "managed" {
			found = x
		} else if xs := r.byRes[in.module+"|"+ref]; len(xs) == 1 {
			found = xs[0]
		}
		if found == nil || seen[found] || !typeIn(found.typ, types) {
			continue
		}
		seen[found] = true
		out = append(out, found)
	}
	return out
}

// typeIn reports whether t is one of types; no types means any.
func typeIn(t string, types []string) bool { return len(types) == 0 || slices.Contains(types, t) }

// refTo returns the first instance of the given types that the
// configuration expression at path refers to.
func (r *reader) refTo(in *instance, types []string, path ...any) *instance {
	if xs := r.resolveRefs(in, in.refs(path...), types...); len(xs) > 0 {
		return xs[0]
	}
	return nil
}

// byValue returns the first managed instance, in plan order, of the
// given types whose attribute (one of attrs) equals v.
func (r *reader) byValue(types []string, v string, attrs ...string) *instance {
	if v == "" {
		return nil
	}
	var best *instance
	for _, t := range types {
		for _, a := range attrs {
			if x := r.valueIndex(t, a)[v]; x != nil && (best == nil || x.seq < best.seq) {
				best = x
			}
		}
	}
	return best
}

// valueIndex maps the string values of attribute attr of the managed
// instances of type typ to the first instance with each, built on first
// use.
func (r *reader) valueIndex(typ, attr string) map[string]*instance {
	k := typ + "\x00" + attr
	if m, ok := r.index[k]; ok {
		return m
	}
	m := map[string]*instance{}
	for _, x := range r.byType[typ] {
		if v, ok := x.str(attr); ok { // byType holds managed resources only
			if _, dup := m[v]; !dup {
				m[v] = x
			}
		}
	}
	r.index[k] = m
	return m
}

// find resolves the resource an attribute names: by its known value
// (matched against attrs of the candidates), else by the configuration's
// references. It returns the value when known.
func (r *reader) find(in *instance, types []string, attrs []string, path ...any) (*instance, string) {
	v, _ := in.str(path...)
	if x := r.byValue(types, v, attrs...); x != nil {
		return x, v
	}
	return r.refTo(in, types, path...), v
}

// An arn is a parsed Amazon Resource Name.
type arn struct {
	partition, service, region, account, resource string
}

func parseARN(s string) (arn, bool) {
	parts := strings.SplitN(s, ":", 6)
	if len(parts) != 6 || parts[0] != "arn" {
		return arn{}, false
	}
	return arn{parts[1], parts[2], parts[3], parts[4], parts[5]}, true
}

// region determines the region code of in: its attribute attr when it has
// one, else (with fallback) its provider configuration's region. It returns
// the reason when it cannot.
func (r *reader) region(in *instance, attr string, fallback bool) (string, string) {
	if why := r.endpointOverride(in); why != "" {
		return "", why
	}
	if attr != "" {
		if v, ok := in.str(attr); ok {
			return v, ""
		}
		if in.isUnknown(attr) {
			if !fallback || in.expr(attr) != nil {
				return "", fmt.Sprintf("%s is known only after apply", attr)
			}
		} else if !fallback {
			return "", fmt.Sprintf("no %s in the planned values", attr)
		}
	}
	return r.providerRegion(in)
}

// providerRegion returns the region of in's provider configuration.
func (r *reader) providerRegion(in *instance) (string, string) {
	key, pc, why := r.providerFor(in)
	if pc == nil {
		return "", why
	}
	e := get(pc.Expressions, "region")
	if e == nil {
		return "", fmt.Sprintf("provider configuration %s sets no region; it then comes from the environment or shared configuration files, which a plan does not record", key)
	}
	if v, ok := str(get(e, "constant_value")); ok {
		return v, ""
	}
	if pc.ModuleAddress == "" {
		for _, x := range list(get(e, "references")) {
			ref, _ := x.(string)
			name, ok := strings.CutPrefix(ref, "var.")
			if !ok || strings.ContainsAny(name, ".[") {
				continue
			}
			if v, ok := r.p.Variables[name]; ok {
				if s, ok := str(v.Value); ok {
					return s, ""
				}
				return "", fmt.Sprintf("provider configuration %s takes its region from var.%s, which has no string value in the plan", key, name)
			}
		}
	}
	where := ""
	if pc.ModuleAddress != "" {
		where = " in " + pc.ModuleAddress
	}
	return "", fmt.Sprintf("provider configuration %s%s takes its region from %s, which the plan does not resolve", key, where, describeExpr(e))
}

// endpointOverride says why an AWS resource cannot be placed when its
// provider configuration sends the resource's service to a custom
// endpoint, which can be anywhere.
func (r *reader) endpointOverride(in *instance) string {
	if in.provider != "aws" {
		return ""
	}
	svcs := awsService(in.typ)
	if len(svcs) == 0 {
		return ""
	}
	key, pc, _ := r.providerFor(in)
	if pc == nil {
		return ""
	}
	for _, svc := range svcs {
		if get(pc.Expressions, "endpoints", 0, svc) != nil {
			return fmt.Sprintf("provider configuration %s overrides the %s endpoint, which can point anywhere", key, svc)
		}
	}
	return ""
}

// providerFor finds in's provider configuration: through its
// provider_config_key, or, with no configuration for the resource, the
// one default configuration of its provider in its module.
func (r *reader) providerFor(in *instance) (string, *providerJSON, string) {
	var pcs map[string]providerJSON
	if r.p.Configuration != nil {
		pcs = r.p.Configuration.ProviderConfig
	}
	if in.cfg != nil && in.cfg.ProviderConfigKey != "" {
		pc, ok := pcs[in.cfg.ProviderConfigKey]
		if !ok {
			return in.cfg.ProviderConfigKey, nil, fmt.Sprintf("provider configuration %q is not in the plan", in.cfg.ProviderConfigKey)
		}
		return in.cfg.ProviderConfigKey, &pc, ""
	}
	var key string
	var found *providerJSON
	n := 0
	for k, pc := range pcs {
		if providerID(pc.FullName, pc.Name+"_") == in.provider && pc.Alias == "" && pc.ModuleAddress == stripKeys(in.module) {
			n++
			if found == nil || k < key {
				pc := pc
				key, found = k, &pc
			}
		}
	}
	switch n {
	case 0:
		return "", nil, "the plan has no configuration for the resource, and no provider configuration for it"
	case 1:
		return key, found, ""
	}
	return "", nil, "the plan has no configuration for the resource, and several provider configurations could serve it"
}

// awsServices maps AWS resource type prefixes to the names the provider's
// endpoints block accepts for their service (hashicorp/aws 5.100.0,
// `terraform providers schema -json`). Longer prefixes come first.
var awsServices = []struct {
	prefix string
	names  []string
}{
	{"aws_s3_", []string{"s3"}},
	{"aws_db_", []string{"rds"}},
	{"aws_rds_", []string{"rds"}},
	{"aws_dynamodb_", []string{"dynamodb"}},
	{"aws_kms_", []string{"kms"}},
	{"aws_ebs_", []string{"ec2"}},
	{"aws_efs_", []string{"efs"}},
	{"aws_fsx_", []string{"fsx"}},
	{"aws_opensearch_", []string{"opensearch", "opensearchservice"}},
	{"aws_elasticsearch_", []string{"es", "elasticsearch", "elasticsearchservice"}},
	{"aws_neptune_", []string{"neptune"}},
	{"aws_docdb_", []string{"docdb"}},
	{"aws_redshiftserverless_", []string{"redshiftserverless"}},
	{"aws_redshift_", []string{"redshift"}},
	{"aws_elasticache_", []string{"elasticache"}},
	{"aws_memorydb_", []string{"memorydb"}},
	{"aws_backup_", []string{"backup"}},
	{"aws_glacier_", []string{"glacier"}},
	{"aws_kinesis_stream", []string{"kinesis"}},
	{"aws_sqs_", []string{"sqs"}},
	{"aws_secretsmanager_", []string{"secretsmanager"}},
	{"aws_cloudwatch_log_", []string{"logs", "cloudwatchlog", "cloudwatchlogs"}},
	{"aws_timestreamwrite_", []string{"timestreamwrite"}},
	{"aws_qldb_", []string{"qldb"}},
	{"aws_keyspaces_", []string{"keyspaces"}},
	{"aws_lightsail_", []string{"lightsail"}},
}

// awsService names the service endpoints an AWS resource type uses.
func awsService(typ string) []string {
	for _, s := range awsServices {
		if strings.HasPrefix(typ, s.prefix) {
			return s.names
		}
	}
	return nil
}
