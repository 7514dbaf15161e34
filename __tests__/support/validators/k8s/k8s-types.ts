/**
 * Validation of core Kubernetes objects against the Kubernetes API types, offline: the types come
 * from the bindings cdk8s-plus-28 generated from the Kubernetes 1.28 OpenAPI document
 * (`cdk8s-plus-28/lib/imports/k8s.d.ts`). Each interface becomes a JSON schema whose property
 * names are the OpenAPI names (the `@schema <definition>#<property>` tag of every property), with
 * required properties, value types, and unknown properties rejected. Kinds and API versions come
 * from the `GVK` of every `Kube*` class.
 *
 * Limits: formats and enums of the OpenAPI document are not in the bindings, and API versions
 * newer than Kubernetes 1.28 are unknown. Test tooling (typescript is a dev dependency).
 */
import * as fs from 'fs';
import * as path from 'path';
import Ajv, { type ValidateFunction } from 'ajv';
import * as ts from 'typescript';
import type { Verdict } from './crd';

type Json = Record<string, unknown>;

function bindingsFile(ext: 'd.ts' | 'js'): string {
  return path.join(path.dirname(require.resolve('cdk8s-plus-28/lib/imports/k8s')), `k8s.${ext}`);
}

function schemaOfType(node: ts.TypeNode, interfaces: Set<string>): Json {
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return { type: 'string' };
    case ts.SyntaxKind.NumberKeyword:
      return { type: 'number' };
    case ts.SyntaxKind.BooleanKeyword:
      return { type: 'boolean' };
    case ts.SyntaxKind.AnyKeyword:
      return {};
    case ts.SyntaxKind.ArrayType:
      return { type: 'array', items: schemaOfType((node as ts.ArrayTypeNode).elementType, interfaces) };
    case ts.SyntaxKind.TypeLiteral: {
      const index = (node as ts.TypeLiteralNode).members.find(ts.isIndexSignatureDeclaration);
      return { type: 'object', additionalProperties: index ? schemaOfType(index.type, interfaces) : {} };
    }
    case ts.SyntaxKind.TypeReference: {
      const name = (node as ts.TypeReferenceNode).typeName.getText();
      if (name === 'Quantity' || name === 'IntOrString') return { type: ['string', 'number'] };
      if (name === 'Date') return { type: 'string' };
      if (interfaces.has(name)) return { $ref: `k8s#/definitions/${name}` };
      return {}; // enums of the bindings: values are not checked
    }
    default:
      return {};
  }
}

/** JSON schemas of every interface of the bindings, and the Props interface of every apiVersion+kind. */
export function k8sSchemas(): { definitions: Record<string, Json>; kinds: Map<string, string> } {
  const dts = bindingsFile('d.ts');
  const source = ts.createSourceFile(dts, fs.readFileSync(dts, 'utf8'), ts.ScriptTarget.Latest, true);
  const decls = source.statements.filter(ts.isInterfaceDeclaration);
  const names = new Set(decls.map((d) => d.name.text));
  const definitions: Record<string, Json> = {};
  for (const d of decls) {
    const properties: Record<string, Json> = {};
    const required: string[] = [];
    for (const m of d.members) {
      if (!ts.isPropertySignature(m) || !m.type) continue;
      const tag = ts.getJSDocTags(m).find((t) => t.tagName.text === 'schema');
      const comment = typeof tag?.comment === 'string' ? tag.comment : '';
      const jsonName = comment.includes('#') ? comment.slice(comment.indexOf('#') + 1).trim() : m.name.getText();
      properties[jsonName] = schemaOfType(m.type, names);
      if (!m.questionToken) required.push(jsonName);
    }
    definitions[d.name.text] = { type: 'object', properties, required, additionalProperties: false };
  }
  const js = fs.readFileSync(bindingsFile('js'), 'utf8');
  const kinds = new Map<string, string>();
  for (const m of js.matchAll(/^(Kube\w+)\.GVK = \{\s*apiVersion: '([^']+)',\s*kind: '([^']+)',?\s*\};/gm)) {
    const props = `${m[1]}Props`;
    if (!definitions[props] || m[3].endsWith('List')) continue;
    kinds.set(`${m[2]} ${m[3]}`, props);
  }
  return { definitions, kinds };
}

/** Validates core objects by apiVersion and kind. */
export class K8sTypeValidator {
  private readonly ajv = new Ajv({ strict: false, allErrors: true, code: { optimize: false } });
  private readonly kinds: Map<string, string>;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor() {
    const { definitions, kinds } = k8sSchemas();
    this.kinds = kinds;
    this.ajv.addSchema({ $id: 'k8s', definitions });
  }

  /** `apiVersion kind` pairs known (Kubernetes 1.28). */
  get knownKinds(): string[] {
    return [...this.kinds.keys()];
  }

  validate(obj: Json): Verdict {
    const key = `${obj.apiVersion} ${obj.kind}`;
    const props = this.kinds.get(key);
    if (!props) return { known: false, errors: [] };
    let fn = this.compiled.get(key);
    if (!fn) {
      fn = this.ajv.compile({ $ref: `k8s#/definitions/${props}` });
      this.compiled.set(key, fn);
    }
    // apiVersion and kind are not properties of the Props interfaces.
    const { apiVersion: _a, kind: _k, ...rest } = obj;
    void _a;
    void _k;
    return { known: true, errors: fn(rest) ? [] : (fn.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`) };
  }
}
