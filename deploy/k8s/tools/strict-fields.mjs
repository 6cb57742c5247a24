// Unknown-field check (what `kubeconform -strict` adds): kubernetes-models' validators accept any
// extra field, so a typo such as `readinesProbe` would pass. This reads the property lists of the
// same package's type declarations (generated from the Kubernetes OpenAPI document) and reports
// every field of a built-in object that its type does not declare.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, sep } from "node:path";

const require = createRequire(import.meta.url);
const roots = ["kubernetes-models", "@kubernetes-models/apimachinery"]
  .map(pkg => dirname(require.resolve(`${pkg}/package.json`)));

const types = new Map();   // global type name -> Map(property -> type expression)
const kinds = new Map();   // "apps/v1/Deployment" -> property map

function* declarations(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== "node_modules") yield* declarations(path);
    else if (entry.name.endsWith(".d.ts")) yield path;
  }
}

function parseInterfaces(text) {
  const interfaces = new Map();
  const clean = text.replace(/\/\*\*[\s\S]*?\*\//g, "");
  for (const m of clean.matchAll(/^export interface (\w+)[^{\n]*\{\n([\s\S]*?)^\}/gm)) {
    const props = new Map();
    const lines = m[2].split("\n");
    for (let i = 0; i < lines.length; i++) {
      const p = lines[i].match(/^ {4}"([^"]+)"\??: (.*)$/);
      if (!p) continue;
      let type = p[2];
      if (type === "{") {                      // an inline map: { [key: string]: T; }
        const body = [];
        while (++i < lines.length && !/^ {4}\};?$/.test(lines[i])) body.push(lines[i].trim());
        const value = body.join(" ").match(/^\[key: string\]: (.*);$/);
        type = value ? `Map<${value[1]}>` : "any";
      } else type = type.replace(/;$/, "");
      props.set(p[1], type);
    }
    interfaces.set(m[1], props);
  }
  return { interfaces, clean };
}

for (const root of roots) {
  for (const file of declarations(root)) {
    const { interfaces, clean } = parseInterfaces(readFileSync(file, "utf8"));
    if (!interfaces.size) continue;
    for (const alias of clean.matchAll(/export type \{([^}]*)\}/g)) {
      for (const pair of alias[1].split(",")) {
        const [local, global] = pair.trim().split(/\s+as\s+/);
        if (global && interfaces.has(local)) types.set(global, interfaces.get(local));
      }
    }
    // Top-level kinds: kubernetes-models/<group>/<version>/<Kind>.d.ts declares I<Kind>.
    if (root === roots[0]) {
      const parts = relative(root, file).split(sep);
      const kind = parts.at(-1).replace(/\.d\.ts$/, "");
      const props = interfaces.get(`I${kind}`);
      if (props?.has("apiVersion") && props.has("kind") && parts.length >= 2) {
        const apiVersion = parts.slice(0, -1).join("/");
        kinds.set(`${apiVersion}/${kind}`, props);
      }
    }
  }
}

function walk(value, type, path, problems) {
  if (value === null || value === undefined || !type) return;
  if (type instanceof Map) return walkProps(value, type, path, problems);
  const array = type.match(/^Array<(.*)>$/);
  if (array) { if (Array.isArray(value)) value.forEach((v, i) => walk(v, array[1], `${path}[${i}]`, problems)); return; }
  const map = type.match(/^Map<(.*)>$/);
  if (map) { if (typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, map[1], `${path}.${k}`, problems); return; }
  const props = types.get(type);
  if (props) walkProps(value, props, path, problems);   // else a primitive, a union, or a type we cannot see into
}

function walkProps(value, props, path, problems) {
  if (typeof value !== "object" || Array.isArray(value)) return;
  for (const [key, v] of Object.entries(value)) {
    if (!props.has(key)) problems.push(`unknown field ${path ? `${path}.` : ""}${key}`);
    else walk(v, props.get(key), path ? `${path}.${key}` : key, problems);
  }
}

/** @returns a list of unknown fields, or null when the kind is not a built-in one we know */
export function unknownFields(doc) {
  const props = kinds.get(`${doc.apiVersion}/${doc.kind}`);
  if (!props) return null;
  const problems = [];
  walk(doc, props, "", problems);
  return problems;
}

export const knownKinds = () => kinds.size;
