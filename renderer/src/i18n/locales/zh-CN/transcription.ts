import type en from '../en/transcription';
import type { Translation } from '../../translation';

const zh: Translation<typeof en> = {
  intake: {
    notAudio: '“{{name}}”不是音频：Atelier 在其中找不到录音（可能是改了扩展名的文本或文档文件）。',
  },
  minutes: {
    export: '导出',
    exportLabel: '导出会议纪要',
    markdown: 'Markdown（MD）',
    word: 'Word（DOCX）',
  },
  job: {
    remove: '移除',
    removeNamed: '移除 {{name}}',
    permanent: '重试无济于事：此文件无法转写。请移除它，再添加一份完好的录音。',
  },
};

export default zh;
