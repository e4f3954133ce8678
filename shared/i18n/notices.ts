/**
 * Words of the notifications core sends (finished or failed work, a soft budget gone over), in every
 * interface language. One source for the renderer's toasts (its `notices` namespace) and for the desktop
 * app's system notifications, which the main process shows even when no window is open.
 * Placeholders are i18next's: {{name}}, {{count}}; `_one` / `_other` are plural forms.
 */
const en = {
  openTranscription: 'Open Transcription',
  openImageAnalysis: 'Open Image analysis',
  openBudgets: 'Open Budgets',
  recordingDone: 'Transcript ready',
  recordingDoneBody: '{{name}} is transcribed.',
  recordingFailed: 'Transcription failed',
  recordingFailedBody: '{{name}} could not be transcribed. Open Transcription for details.',
  batchDone: 'Analysis finished',
  batchDoneBody_one: '{{name}}: {{count}} image analysed.',
  batchDoneBody_other: '{{name}}: {{count}} images analysed.',
  batchFailed: 'Analysis stopped',
  batchFailedBody: '{{name}} could not finish. Open Image analysis for details.',
  budgetOver: 'Over a soft budget',
  budgetOverBody: 'Spending went over a soft budget; requests still go through. Open Settings → Budgets for details.',
} as const;

const zhCN: { [K in keyof typeof en as K extends `${string}_one` ? never : K]: string } = {
  openTranscription: '打开转写',
  openImageAnalysis: '打开图像分析',
  openBudgets: '打开预算',
  recordingDone: '转写稿已完成',
  recordingDoneBody: '{{name}} 已转写完成。',
  recordingFailed: '转写失败',
  recordingFailedBody: '{{name}} 无法转写。打开“转写”查看详情。',
  batchDone: '分析已完成',
  batchDoneBody_other: '{{name}}：已分析 {{count}} 张图像。',
  batchFailed: '分析已停止',
  batchFailedBody: '{{name}} 未能完成。打开“图像分析”查看详情。',
  budgetOver: '已超出软预算',
  budgetOverBody: '花费已超出软预算，请求仍会发送。打开“设置 → 预算”查看详情。',
};

export const NOTICE_WORDS = { en, 'zh-CN': zhCN };
