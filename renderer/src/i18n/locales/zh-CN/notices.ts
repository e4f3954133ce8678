import type en from '../en/notices';
import type { Translation } from '../../translation';

const zh: Translation<typeof en> = {
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
};

export default zh;
