// Validation of plain objects (parsed YAML) against the Kubernetes 1.27 JSON schemas that kubernetes-models
// compiles in: required fields, types, enums and formats. Unknown fields are not in those schemas; the
// TypeScript types catch them where the objects are written (tools/k8s/src/manifests.ts).
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { StatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { Service } from 'kubernetes-models/v1/Service';

interface Validatable {
  validate(): void;
}

/** The kinds deploy/kubernetes may contain; anything else is refused, not waved through. */
const MODELS: Record<string, new (data: never) => Validatable> = {
  'apps/v1/Deployment': Deployment,
  'apps/v1/StatefulSet': StatefulSet,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'batch/v1/Job': Job,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'v1/Namespace': Namespace,
  'v1/Service': Service,
};

export const KNOWN_KINDS = Object.keys(MODELS);

/** What is wrong with `object` by its schema; empty when it is valid. */
export function schemaErrors(object: unknown): string[] {
  if (!object || typeof object !== 'object') return ['not an object'];
  const { apiVersion, kind } = object as { apiVersion?: unknown; kind?: unknown };
  const Model = MODELS[`${apiVersion}/${kind}`];
  if (!Model) return [`no schema for apiVersion ${String(apiVersion)}, kind ${String(kind)}`];
  try {
    new Model(object as never).validate();
    return [];
  } catch (error) {
    return [(error as Error).message];
  }
}
