import * as vscode from "vscode";
import { isReportDocument } from "./report-documents.js";

export const YAML_EXTENSION_ID = "redhat.vscode-yaml";
const SCHEMA_URI = "ogi-report-schema://schema/ogi-report.completion.schema.json";

/** Red Hat's YAML extension is running and validates this document (its `yaml.validate`, on by default). */
export function yamlExtensionValidates(doc: vscode.TextDocument): boolean {
  const ext = vscode.extensions.getExtension(YAML_EXTENSION_ID);
  if (!ext?.isActive) return false;
  return vscode.workspace.getConfiguration("yaml", doc.uri).get<boolean>("validate", true) !== false;
}

/** The part of Red Hat's extension API we use (`registerContributor`, public since vscode-yaml 0.x). */
interface YamlExtensionApi {
  registerContributor(schema: string, requestSchema: (resource: string) => string | undefined, requestSchemaContent: (uri: string) => string | undefined, label?: string): boolean;
}

/**
 * `yamlValidation` in package.json can only match file names (`*.ogi.yaml`); most reports are found by content
 * (`template:`). Where Red Hat's extension is installed, tell it about those too, through its contributor API,
 * with the same completion-only schema — so it completes and explains keys, and never duplicates our problems.
 */
export async function contributeSchemaToYamlExtension(context: vscode.ExtensionContext): Promise<void> {
  const ext = vscode.extensions.getExtension<YamlExtensionApi>(YAML_EXTENSION_ID);
  if (!ext) return;
  try {
    const api = ext.isActive ? ext.exports : await ext.activate();
    if (typeof api?.registerContributor !== "function") return;
    const schemaFile = vscode.Uri.joinPath(context.extensionUri, "schema", "ogi-report.completion.schema.json");
    const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(schemaFile));
    api.registerContributor(
      "ogi-report-schema",
      (resource) => {
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === resource);
        return doc && isReportDocument(doc) ? SCHEMA_URI : undefined;
      },
      (uri) => (uri === SCHEMA_URI ? content : undefined),
      "OGI Report",
    );
  } catch {
    // Their API changed or failed to start: completion from our own server still works.
  }
}
