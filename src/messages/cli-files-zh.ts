/** 命令行写文件时的提示（中文）。 */
export const CLI_FILES_ZH = {
  outputIsInput: (option: string, path: string) => `${option} ${path} 是本命令的输入文件，不能覆盖它；请换一个输出文件名`,
  exists: (option: string, path: string) => `${option} ${path} 已存在；要替换它请加 --force`,
  cannotWrite: (path: string, reason: string) => `无法写入 ${path}：${reason}`,
  badLink: (value: string) => `--link 应写成 字段甲=字段乙（得到“${value}”）`,
  linkFailed: (names: string, why: 'unknown-field' | 'values-differ') =>
    why === 'unknown-field' ? `--link：没有名为 ${names} 的字段或空位` : `--link：${names} 在某篇中的值不同，不能合并为一个字段`,
  keptFilledIn: (path: string, fresh: string) => `${path} 已有填写的内容，未覆盖；新的填写单写在 ${fresh}`,
} as const;
