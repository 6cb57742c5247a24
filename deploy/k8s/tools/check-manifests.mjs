// Offline checks of rendered kustomize output (deploy/k8s/validate calls it once per overlay):
//   node check-manifests.mjs <overlay-name> <rendered.yaml>
// 1. Schema: every built-in kind is validated against the Kubernetes OpenAPI schema bundled in the
//    npm package kubernetes-models (types, required fields, enums, formats), and strict-fields.mjs
//    rejects fields its types do not declare (typos). Strimzi and CloudNativePG kinds get a
//    structural check of the fields we use (no CRD schema here).
// 2. Platform rules: probes, resources, non-root, Service/HPA/PDB/NetworkPolicy per Deployment,
//    only the gateway (and Prometheus) reach a service's port, no Secret values, every referenced
//    ConfigMap and host exists.
// Prints problems, then one line: "<overlay>: OK ..." or "<overlay>: FAILED ...". Exit 1 on failure.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import { unknownFields } from "./strict-fields.mjs";

const [overlay, file] = process.argv.slice(2);
const problems = [];
const fail = (where, message) => problems.push(`${where}: ${message}`);

const SERVICES = {
  "catalog-service": { port: 8081, db: "catalog", upstream: "catalog_service" },
  "fit-service": { port: 8082, db: "fit", upstream: "fit_service" },
  "order-service": { port: 8083, db: "orders", upstream: "order_service" },
  "content-service": { port: 8084, db: "content", upstream: "content_service" },
};
const TOPICS = ["catalog.style", "catalog.collection", "catalog.inventory", "catalog.reservation",
  "orders.order", "orders.return", "content.post"];

// --- parse ---
const docs = [];
for (const doc of parseAllDocuments(readFileSync(file, "utf8"))) {
  if (doc.errors.length) { fail("yaml", doc.errors.map(e => e.message).join("; ")); continue; }
  const value = doc.toJS();
  if (value) docs.push(value);
}
const id = d => `${d?.kind ?? "?"}/${d?.metadata?.name ?? "?"}`;
const all = kind => docs.filter(d => d.kind === kind);
const byName = (kind, name) => docs.find(d => d.kind === kind && d.metadata?.name === name);

// --- 1. schema ---
const CRD_CHECKS = {
  "kafka.strimzi.io/v1beta2/Kafka": d => {
    need(d, "spec.kafka.listeners", Array.isArray);
    if (d.spec?.zookeeper) fail(id(d), "has spec.zookeeper: KRaft mode has none");
    if (d.metadata?.annotations?.["strimzi.io/kraft"] !== "enabled") fail(id(d), "not annotated strimzi.io/kraft: enabled");
    if (d.metadata?.annotations?.["strimzi.io/node-pools"] !== "enabled") fail(id(d), "not annotated strimzi.io/node-pools: enabled");
  },
  "kafka.strimzi.io/v1beta2/KafkaNodePool": d => {
    need(d, "metadata.labels.strimzi.io/cluster", isName);
    need(d, "spec.replicas", n => Number.isInteger(n) && n >= 1);
    need(d, "spec.roles", r => Array.isArray(r) && r.length > 0 && r.every(x => ["controller", "broker"].includes(x)));
    need(d, "spec.storage.type", t => ["jbod", "persistent-claim", "ephemeral"].includes(t));
  },
  "kafka.strimzi.io/v1beta2/KafkaTopic": d => {
    need(d, "metadata.labels.strimzi.io/cluster", isName);
    need(d, "spec.partitions", n => Number.isInteger(n) && n >= 1);
    need(d, "spec.replicas", n => Number.isInteger(n) && n >= 1);
  },
  "postgresql.cnpg.io/v1/Cluster": d => {
    need(d, "spec.instances", n => Number.isInteger(n) && n >= 1);
    need(d, "spec.storage.size", s => typeof s === "string" && /^[0-9]+(Mi|Gi|Ti)$/.test(s));
    need(d, "spec.bootstrap.initdb.database", isName);
    need(d, "spec.bootstrap.initdb.owner", isName);
    need(d, "spec.bootstrap.initdb.secret.name", isName);
  },
};
function get(obj, path) {
  // Label keys contain dots and slashes: "metadata.labels.strimzi.io/cluster" -> labels["strimzi.io/cluster"].
  const m = path.match(/^(metadata\.(?:labels|annotations))\.(.+)$/);
  if (m) return get(obj, m[1])?.[m[2]];
  return path.split(".").reduce((o, k) => o?.[k], obj);
}
function need(d, path, ok) { if (!ok(get(d, path))) fail(id(d), `${path} is missing or invalid (${JSON.stringify(get(d, path))})`); }
function isName(s) { return typeof s === "string" && /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(s); }

let schemaChecked = 0, structuralChecked = 0;
for (const d of docs) {
  if (typeof d.apiVersion !== "string" || typeof d.kind !== "string" || !isName(d.metadata?.name)) {
    fail(id(d), "needs apiVersion, kind and a DNS-1123 metadata.name"); continue;
  }
  const crd = CRD_CHECKS[`${d.apiVersion}/${d.kind}`];
  if (crd) { crd(d); structuralChecked++; continue; }
  const [group, version] = d.apiVersion.includes("/") ? d.apiVersion.split("/") : [null, d.apiVersion];
  let model;
  try {
    const mod = await import(group ? `kubernetes-models/${group}/${version}` : `kubernetes-models/${version}`);
    model = mod[d.kind];
  } catch { model = undefined; }
  if (!model) { fail(id(d), `unknown kind for ${d.apiVersion}`); continue; }
  try { new model(d).validate(); schemaChecked++; } catch (e) { fail(id(d), `schema: ${e.message}`); }
  const unknown = unknownFields(d);
  if (unknown === null) fail(id(d), "no field list for this kind");
  else for (const field of unknown) fail(id(d), field);
}

// --- 2. platform rules ---
const namespaces = all("Namespace").map(n => n.metadata.name);
if (namespaces.length > 1) fail("Namespace", `more than one: ${namespaces}`);
for (const d of docs) {
  if (d.kind === "Namespace") continue;
  if (namespaces.length && d.metadata.namespace !== namespaces[0]) fail(id(d), `namespace ${d.metadata.namespace}, not ${namespaces[0]}`);
}
for (const s of all("Secret")) if (s.data || s.stringData) fail(id(s), "a Secret with values: secrets never live in git");

const matches = (selector, labels) => selector && Object.entries(selector).every(([k, v]) => labels?.[k] === v);
const selects = (labelSelector, labels) => {
  if (!labelSelector) return false;
  const okLabels = matches(labelSelector.matchLabels ?? {}, labels);
  const okExpr = (labelSelector.matchExpressions ?? []).every(e =>
    e.operator === "Exists" ? e.key in (labels ?? {}) :
    e.operator === "In" ? e.values.includes(labels?.[e.key]) : true);
  return okLabels && okExpr;
};
const configMaps = new Set(all("ConfigMap").map(c => c.metadata.name));
const secretsNeeded = new Set();
const servicesByName = new Map(all("Service").map(s => [s.metadata.name, s]));

const policies = all("NetworkPolicy");
const defaultDeny = policies.find(p => p.spec?.podSelector && Object.keys(p.spec.podSelector).length === 0
  && (p.spec.policyTypes ?? []).includes("Ingress") && !(p.spec.ingress ?? []).length);
if (!defaultDeny) fail("NetworkPolicy", "no default-deny ingress policy (podSelector {}, no ingress rules)");

for (const dep of all("Deployment")) {
  const where = id(dep);
  const pod = dep.spec?.template;
  const labels = pod?.metadata?.labels ?? {};
  const spec = pod?.spec ?? {};
  if (!matches(dep.spec?.selector?.matchLabels, labels)) fail(where, "selector does not match the pod template's labels");
  const podNonRoot = spec.securityContext?.runAsNonRoot === true;
  const ports = new Map();
  for (const c of spec.containers ?? []) {
    const cw = `${where} container ${c.name}`;
    for (const probe of ["startupProbe", "readinessProbe", "livenessProbe"]) if (!c[probe]) fail(cw, `no ${probe}`);
    if (!c.resources?.requests?.cpu || !c.resources?.requests?.memory) fail(cw, "no cpu/memory requests");
    if (!c.resources?.limits?.memory) fail(cw, "no memory limit");
    if (!(podNonRoot || c.securityContext?.runAsNonRoot === true)) fail(cw, "may run as root (runAsNonRoot)");
    if (c.securityContext?.allowPrivilegeEscalation !== false) fail(cw, "allowPrivilegeEscalation is not false");
    if (c.securityContext?.privileged) fail(cw, "privileged");
    if (!(c.securityContext?.capabilities?.drop ?? []).includes("ALL")) fail(cw, "does not drop ALL capabilities");
    for (const p of c.ports ?? []) { ports.set(p.containerPort, p); if (p.name) ports.set(p.name, p); }
    for (const from of c.envFrom ?? []) {
      if (from.configMapRef && !configMaps.has(from.configMapRef.name)) fail(cw, `envFrom ConfigMap ${from.configMapRef.name} is not rendered`);
    }
    for (const e of c.env ?? []) {
      if (/PASSWORD|SECRET|TOKEN/.test(e.name) && e.value !== undefined) fail(cw, `${e.name} has an inline value: use a secretKeyRef`);
      if (e.valueFrom?.secretKeyRef) secretsNeeded.add(`${e.valueFrom.secretKeyRef.name}/${e.valueFrom.secretKeyRef.key}`);
      if (e.valueFrom?.configMapKeyRef && !configMaps.has(e.valueFrom.configMapKeyRef.name)) fail(cw, `ConfigMap ${e.valueFrom.configMapKeyRef.name} is not rendered`);
    }
  }
  for (const v of spec.volumes ?? []) {
    if (v.configMap && !configMaps.has(v.configMap.name)) fail(where, `volume ConfigMap ${v.configMap.name} is not rendered`);
    if (v.secret) for (const item of v.secret.items ?? [{ key: "*" }]) secretsNeeded.add(`${v.secret.secretName}/${item.key}`);
  }

  const svc = all("Service").find(s => s.spec?.type !== "ExternalName" && matches(s.spec?.selector, labels));
  if (!svc) fail(where, "no Service selects its pods");
  else for (const p of svc.spec.ports ?? []) if (!ports.has(p.targetPort ?? p.port)) fail(id(svc), `targetPort ${p.targetPort} is no container port`);
  const hpa = all("HorizontalPodAutoscaler").find(h => h.spec?.scaleTargetRef?.kind === "Deployment" && h.spec.scaleTargetRef.name === dep.metadata.name);
  if (!hpa) fail(where, "no HorizontalPodAutoscaler");
  else {
    if (hpa.apiVersion !== "autoscaling/v2") fail(id(hpa), "not autoscaling/v2");
    if (!(hpa.spec.metrics ?? []).some(m => m.type === "Resource" && m.resource?.name === "cpu")) fail(id(hpa), "does not scale on CPU");
    if (!(hpa.spec.minReplicas <= hpa.spec.maxReplicas)) fail(id(hpa), "minReplicas > maxReplicas");
    // With spec.replicas set, every `kubectl apply` would reset what the autoscaler chose.
    if (dep.spec?.replicas !== undefined) fail(where, "sets spec.replicas although an HPA owns the count");
  }
  if (!all("PodDisruptionBudget").some(p => selects(p.spec?.selector, labels))) fail(where, "no PodDisruptionBudget");
  if (!policies.some(p => p !== defaultDeny && selects(p.spec?.podSelector, labels))) fail(where, "no NetworkPolicy opens its port");

  const service = SERVICES[dep.metadata.name];
  if (service) {
    const c = spec.containers[0];
    const probePath = p => c[p]?.httpGet?.path;
    if (probePath("readinessProbe") !== "/q/health/ready") fail(where, "readinessProbe is not /q/health/ready");
    if (probePath("livenessProbe") !== "/q/health/live") fail(where, "livenessProbe is not /q/health/live");
    if (!ports.has(service.port)) fail(where, `does not listen on ${service.port}`);
    const a = pod.metadata.annotations ?? {};
    if (a["prometheus.io/scrape"] !== "true" || a["prometheus.io/path"] !== "/q/metrics" || a["prometheus.io/port"] !== String(service.port)) {
      fail(where, "prometheus.io annotations do not point at /q/metrics on the service port");
    }
    // Only the gateway's pods (same namespace) and the monitoring namespace may reach the port.
    for (const p of policies.filter(p => selects(p.spec?.podSelector, labels))) {
      for (const rule of p.spec.ingress ?? []) {
        const peers = rule.from ?? [];
        if (!peers.length) fail(id(p), `lets anyone reach ${dep.metadata.name}`);
        for (const peer of peers) {
          const gatewayPods = peer.podSelector && !peer.namespaceSelector && peer.podSelector.matchLabels?.["app.kubernetes.io/name"] === "gateway";
          const monitoring = peer.namespaceSelector?.matchLabels?.["kubernetes.io/metadata.name"] === "monitoring" && !peer.podSelector;
          if (!gatewayPods && !monitoring) fail(id(p), `lets ${JSON.stringify(peer)} reach ${dep.metadata.name}`);
        }
      }
    }
    const gatewayAllowed = policies.some(p => selects(p.spec?.podSelector, labels) && (p.spec.ingress ?? []).some(r =>
      (r.from ?? []).some(peer => peer.podSelector?.matchLabels?.["app.kubernetes.io/name"] === "gateway")
      && (r.ports ?? []).some(port => port.port === service.port)));
    if (!gatewayAllowed) fail(where, `the gateway may not reach port ${service.port}`);
    // The database URL and Kafka bootstrap name hosts this rendering defines.
    const env = {};
    for (const from of c.envFrom ?? []) Object.assign(env, byName("ConfigMap", from.configMapRef?.name)?.data ?? {});
    const dbHost = (env.ALLY_DB_URL ?? "").match(/^jdbc:postgresql:\/\/([^:/]+)(?::(\d+))?\/([^?]+)/);
    if (!dbHost) fail(where, `ALLY_DB_URL ${env.ALLY_DB_URL} is no PostgreSQL JDBC URL`);
    else {
      if (dbHost[3] !== service.db) fail(where, `ALLY_DB_URL names database ${dbHost[3]}, not ${service.db}`);
      if (!hostDefined(dbHost[1])) fail(where, `ALLY_DB_URL host ${dbHost[1]} is neither a Service nor a CloudNativePG cluster here`);
    }
    const kafkaHost = (env.ALLY_KAFKA_BOOTSTRAP ?? "").split(",")[0].split(":")[0];
    if (!hostDefined(kafkaHost)) fail(where, `ALLY_KAFKA_BOOTSTRAP host ${kafkaHost} is neither a Service nor a Strimzi cluster here`);
    for (const key of ["ALLY_JWT_ISSUER", "ALLY_JWT_PUBLIC_KEY"]) if (!env[key]) fail(where, `${key} is not configured`);
  }
}
function hostDefined(host) {
  const short = host.split(".")[0];
  if (servicesByName.has(short)) return true;
  if (all("Kafka").some(k => short === `${k.metadata.name}-kafka-bootstrap`)) return true;
  return all("Cluster").some(c => [`${c.metadata.name}-rw`, `${c.metadata.name}-ro`, `${c.metadata.name}-r`].includes(short));
}
for (const name of Object.keys(SERVICES)) if (!byName("Deployment", name)) fail("Deployment", `${name} is missing`);

// The gateway: same nginx files as the local stack, upstreams pointing at rendered Services.
const gatewayConfig = all("ConfigMap").find(c => c.metadata.name.startsWith("gateway-nginx"));
if (!gatewayConfig) fail("ConfigMap", "gateway-nginx is missing");
else {
  for (const f of ["nginx.conf", "http.conf", "routes.conf", "upstreams.conf"]) if (!gatewayConfig.data?.[f]) fail(id(gatewayConfig), `has no ${f}`);
  const upstreams = gatewayConfig.data?.["upstreams.conf"] ?? "";
  for (const [name, s] of Object.entries(SERVICES)) {
    const m = upstreams.match(new RegExp(`upstream\\s+${s.upstream}\\s*\\{[^}]*server\\s+([a-z0-9-]+):(\\d+)`));
    if (!m) { fail(id(gatewayConfig), `upstream ${s.upstream} is missing`); continue; }
    const target = servicesByName.get(m[1]);
    if (!target || !(target.spec.ports ?? []).some(p => p.port === Number(m[2]))) fail(id(gatewayConfig), `upstream ${s.upstream} -> ${m[1]}:${m[2]} is no rendered Service port`);
    else if (m[1] !== name) fail(id(gatewayConfig), `upstream ${s.upstream} points at ${m[1]}`);
  }
  for (const f of Object.keys(gatewayConfig.data ?? {})) {
    for (const inc of (gatewayConfig.data[f].match(/^\s*include\s+([^\s;]+)\s*;/gm) ?? [])) {
      const target = inc.trim().replace(/^include\s+/, "").replace(/;$/, "");
      if (!target.startsWith("/") && !gatewayConfig.data[target]) fail(id(gatewayConfig), `${f} includes ${target}, which is not in the ConfigMap`);
    }
  }
}

// Operators: every platform topic with 3 partitions, every Strimzi resource names a Kafka here.
if (all("Kafka").length || all("KafkaTopic").length) {
  const clusters = new Set(all("Kafka").map(k => k.metadata.name));
  for (const d of [...all("KafkaNodePool"), ...all("KafkaTopic")]) {
    if (!clusters.has(d.metadata.labels?.["strimzi.io/cluster"])) fail(id(d), "names no Kafka cluster of this rendering");
  }
  for (const topic of TOPICS) {
    const t = all("KafkaTopic").find(t => (t.spec?.topicName ?? t.metadata.name) === topic);
    if (!t) fail("KafkaTopic", `${topic} is missing`);
    else if (t.spec.partitions !== 3) fail(id(t), "does not have 3 partitions");
  }
  const replicas = all("KafkaNodePool").filter(p => p.spec?.roles?.includes("broker")).reduce((n, p) => n + p.spec.replicas, 0);
  if (!all("KafkaNodePool").some(p => p.spec?.roles?.includes("controller"))) fail("KafkaNodePool", "no KRaft controller role");
  for (const t of all("KafkaTopic")) if (t.spec?.replicas > replicas) fail(id(t), `replicas ${t.spec.replicas} > ${replicas} brokers`);
}
for (const c of all("Cluster")) {
  const secret = c.spec?.bootstrap?.initdb?.secret?.name;
  const used = [...secretsNeeded].some(s => s.startsWith(`${secret}/`));
  if (!used) fail(id(c), `initdb secret ${secret} is not the Secret a service reads`);
}

// --- summary ---
const kinds = {};
for (const d of docs) kinds[d.kind] = (kinds[d.kind] ?? 0) + 1;
for (const p of problems) console.log(`  ${overlay}: ${p}`);
const summary = `${docs.length} objects (${schemaChecked} schema-validated incl. unknown fields, ${structuralChecked} CRD structural)`;
if (problems.length) {
  console.log(`${overlay}: FAILED, ${problems.length} problems in ${summary}`);
  process.exit(1);
}
console.log(`${overlay}: OK, ${summary}; Secrets expected outside git: ${[...secretsNeeded].sort().join(", ")}`);
