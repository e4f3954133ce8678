import type en from '../en/transcription';
import type { Translation } from '../../translation';

const zh: Translation<typeof en> = {
  summary: {
    label: '预估',
    audio: '音频',
    files_other: '{{count}} 个文件',
    unknownLength: ' · 其中 {{count}} 个时长未知',
    cost: '预估费用',
    estimating: '正在估算…',
    priceUnknown: '价格未知',
    atLeast: '至少 {{amount}}',
    noPrice: '{{model}}没有已知的每分钟价格，请在“设置 → 定价”中设置。',
    thisModel: '此模型',
    perMinute: '{{model}}，按音频分钟计费',
    chooseModel: '请选择模型',
  },
  intake: {
    notAudio: '“{{name}}”不是音频：Atelier 在其中找不到录音（可能是改了扩展名的文本或文档文件）。',
  },
  minutes: {
    export: '导出',
    exportLabel: '导出会议纪要',
    markdown: 'Markdown（MD）',
    word: 'Word（DOCX）',
  },
  segment: {
    speakerMenu: '更改 {{at}} 处的发言人',
    moveTo: '移到 {{name}}',
    newSpeaker: '移到新发言人',
    moveFailed: '无法将这段话移到其他发言人',
    approximate: '大致时间：此模型不提供时间戳，时间按每句话的长度估算。',
  },
  job: {
    remove: '移除',
    removeNamed: '移除 {{name}}',
    permanent: '重试无济于事：此文件无法转写。请移除它，再添加一份完好的录音。',
  },
};

export default zh;
