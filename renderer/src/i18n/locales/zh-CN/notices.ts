import type en from '../en/notices';
import type { Translation } from '../../translation';

const zh: Translation<typeof en> = {
  openTranscription: '打开转写',
  openImageAnalysis: '打开图像分析',
  openBudgets: '打开预算',
};

export default zh;
