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

// providerFor finds in's provider configuration, with its key, or says
// why there is none. The provider_config_key is used when it names a
// configuration of the resource's module or of a module above it
// (Terraform 1.x names the configuration a module inherits or is passed
// that way). Otherwise, and always in format 0.1 and 0.2 plans, whose key
// for a module resource is "<module call name>:<provider>" with no entry of
// its own when the provider is inherited, the configuration is looked up
// in the resource's module and, failing that, in the calling modules
// (see resolveProvider).
func (r *reader) providerFor(in *instance) (string, *providerJSON, string) {
	if r.p.Configuration == nil {
		return "", nil, "the plan has no configuration section, so no provider configuration to place the resource by"
	}
	path := callPath(stripKeys(in.module))
	if in.cfg == nil || in.cfg.ProviderConfigKey == "" {
		// A resource with no provider argument uses its module's default
		// configuration.
		return r.resolveProvider(path, in.ptype, in.ptype)
	}
	key := in.cfg.ProviderConfigKey
	if pc, ok := r.p.Configuration.ProviderConfig[key]; ok {
		if mp := callPath(pc.ModuleAddress); isPrefix(mp, path) {
			if len(mp) == 0 || len(pc.Expressions) > 0 {
				return key, &pc, ""
			}
			// A module's proxy block or provider requirement: the
			// configuration comes from the calling module.
			return r.resolveProvider(mp, localName(pc), in.ptype)
		}
	}
	// The local name, with its alias, is what follows the last colon
	// ("s3:aws.us" gives "aws.us").
	return r.resolveProvider(path, key[strings.LastIndexByte(key, ':')+1:], in.ptype)
}

// resolveProvider finds the configuration that the provider local name
// (with its alias, "aws.us") has in the module at path, a list of module
// call names, for a provider of type ptype. A module with no configuration
// block of its own for it, or only a proxy block (empty, or with only an
// alias: no expressions), takes it from the calling module: implicitly
// for a default configuration, or through the module call's providers
// argument. The plan does not record that argument, so the reader follows
// a module call only when the calling module has one configuration of the
// provider, its default; with aliased configurations there as well, the
// module could have been passed any of them, and the reason says so. In the
// root module, a default configuration with no block is an empty one (the
// region comes from the environment).
func (r *reader) resolveProvider(path []string, local, ptype string) (string, *providerJSON, string) {
	for {
		if k, pc := r.entryAt(path, local, ptype); pc != nil && (len(path) == 0 || len(pc.Expressions) > 0) {
			return k, pc, ""
		}
		if len(path) == 0 {
			if strings.Contains(local, ".") {
				return local, nil, fmt.Sprintf("provider configuration %q is not in the plan", local)
			}
			return local, nil, fmt.Sprintf("the root module has no provider configuration for %s; the region then comes from the environment or shared configuration files, which a plan does not record", local)
		}
		parent := path[:len(path)-1]
		if aliases := r.aliasesAt(parent, ptype); len(aliases) > 0 {
			return "", nil, fmt.Sprintf("%s takes its provider configuration %s from %s, which has several configurations of the provider (%s): the plan does not record which one the module call passes",
				moduleName(path), local, moduleName(parent), strings.Join(append([]string{baseName(local)}, aliases...), ", "))
		}
		path, local = parent, baseName(local)
	}
}

// entryAt returns the provider configuration entry, and its key, that has
// local name local in the module at path, for a provider of type ptype.
func (r *reader) entryAt(path []string, local, ptype string) (string, *providerJSON) {
	pcs := r.p.Configuration.ProviderConfig
	keys := make([]string, 0, len(pcs))
	for k := range pcs {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		pc := pcs[k]
		if localName(pc) == local && entryType(pc) == ptype && slices.Equal(callPath(pc.ModuleAddress), path) {
			return k, &pc
		}
	}
	return "", nil
}

// aliasesAt returns the local names, sorted, of the aliased configurations
// of a provider of type ptype in the module at path.
func (r *reader) aliasesAt(path []string, ptype string) []string {
	var out []string
	for _, pc := range r.p.Configuration.ProviderConfig {
		if l := localName(pc); strings.Contains(l, ".") && entryType(pc) == ptype && slices.Equal(callPath(pc.ModuleAddress), path) {
			out = append(out, l)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// localName is a provider configuration entry's local name with its alias:
// "aws", "aws.us". (Terraform 1.x names a configuration passed into a
// module "aws.us" with no alias field.)
func localName(pc providerJSON) string {
	if pc.Alias != "" {
		return baseName(pc.Name) + "." + pc.Alias
	}
	return pc.Name
}

// entryType is the provider type of a provider configuration entry.
func entryType(pc providerJSON) string {
	if pc.FullName != "" {
		return providerType(pc.FullName, "")
	}
	return baseName(pc.Name)
}

// baseName drops the alias from a local name: "aws.us" gives "aws".
func baseName(local string) string {
	b, _, _ := strings.Cut(local, ".")
	return b
}

// callPath returns the module call names of a module address without
// instance keys: "module.a.module.b" and, as some older plans write it,
// "a.b" give [a b]; the root module gives none.
func callPath(addr string) []string {
	if addr == "" {
		return nil
	}
	steps := strings.Split(addr, ".")
	if steps[0] != "module" || len(steps)%2 != 0 {
		return steps
	}
	out := make([]string, 0, len(steps)/2)
	for i := 0; i+1 < len(steps); i += 2 {
		if steps[i] != "module" {
			return steps
		}
		out = append(out, steps[i+1])
	}
	return out
}

// isPrefix reports whether the module path p is path or a module above it.
func isPrefix(p, path []string) bool {
	return len(p) <= len(path) && slices.Equal(p, path[:len(p)])
}

// moduleName writes a module path as an address: "module.a.module.b", or
// "the root module".
func moduleName(path []string) string {
	if len(path) == 0 {
		return "the root module"
	}
	return "module." + strings.Join(path, ".module.")
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
