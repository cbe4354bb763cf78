/** Messages of the commands that write files (English). */
export const CLI_FILES_EN = {
  outputIsInput: (option: string, path: string) => `${option} ${path} is one of this command's inputs and will not be overwritten; choose another output file`,
  exists: (option: string, path: string) => `${option} ${path} already exists; add --force to replace it`,
  cannotWrite: (path: string, reason: string) => `cannot write ${path}: ${reason}`,
  badLink: (value: string) => `--link must be written field1=field2 (got "${value}")`,
  linkFailed: (names: string, why: 'unknown-field' | 'values-differ') =>
    why === 'unknown-field' ? `--link: no field or slot named ${names}` : `--link: ${names} have different values in some member and cannot be one field`,
  keptFilledIn: (path: string, fresh: string) => `${path} holds values filled in and is kept; the new values file is ${fresh}`,
} as const;
