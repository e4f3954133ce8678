import type en from '../en/core';
import type { Translation } from '../../translation';
import common from './common';

const zh: Translation<typeof en> = {
  budget: {
    overall_day: '每日总预算',
    overall_month: '每月总预算',
    modality_day: '每日{{modality}}预算',
    modality_month: '每月{{modality}}预算',
    scene_day: '“{{scene}}”场景每日预算',
    scene_month: '“{{scene}}”场景每月预算',
    // Chinese has no capitals to drop mid-sentence: the same names as everywhere else.
    modalities: common.modalities,
    soft: '已超出{{budget}}（{{limit}}，已花费及进行中 {{spent}}）：这是软限制，请求仍会发送。',
    hard_day: '这次最多可能花费 {{cost}}，但{{budget}}（{{limit}}）只剩 {{left}}。请在“设置 → 预算”中调高，或等到明天。',
    hard_month: '这次最多可能花费 {{cost}}，但{{budget}}（{{limit}}）只剩 {{left}}。请在“设置 → 预算”中调高，或等到下个月。',
    notifyTitle: '已超出软预算',
  },
  priceUnknown: '此模型的价格未知：无法显示估算，预算也无法计入。',
  sizeExperimental: '在 {{model}} 上，大于 2560 × 1440 的尺寸仍是实验性的。',
  transparentPreview: '透明背景在 {{model}} 上仍是预览功能，可能失败。',
  model: {
    deprecatedOn: '{{model}} 自 {{date}} 起已弃用。',
    deprecatedUndated: '{{model}} 已弃用（尚未公布停用日期）。',
    retiresOn: '{{model}} 已弃用，将于 {{date}} 停用。',
    retired: '{{model}} 已于 {{date}} 停用，服务商可能会拒绝请求。',
    prefer: '建议改用 {{model}}。',
    freeSizes: '宽 × 高可为 {{multiple}} 的任意倍数；大于 {{experimental}} 为实验性尺寸。',
    transparentPreview: '透明背景仍是预览功能。',
    noEdits: '不支持编辑。',
    oneImage: '每次请求生成一张图像。',
    squareEdits: '编辑只接受一张小于 4 MB 的正方形 PNG。',
  },
  errors: {
    provider: '{{what}}服务商的原话：“{{said}}”',
    connect_failed: '无法连接到服务商。',
    connection_broke: '与服务商的连接中断了。',
    no_answer: '服务商没有及时响应。',
    no_model: {
      chat: '尚未设置对话模型。请先在“设置”中添加服务商，再选择默认对话模型。',
      image_analysis: '尚未设置图像分析模型。请在“设置 → 默认模型”中选择一个。',
      summaries: '尚未设置用于汇总的对话模型。请在“设置 → 默认模型”中选择一个。',
      transcription: '尚未设置转写模型。请在“设置 → 默认模型”中选择一个。',
      minutes: '尚未设置用于生成纪要的对话模型。请在“设置 → 默认模型”中选择一个。',
    },
    not_audio: '“{{file}}”不是 Atelier 能读取的录音（可能已损坏、不完整，或根本不是音频）。',
    no_audio_track: '“{{file}}”没有音轨。',
    no_audio_length: '“{{file}}”没有可播放的音频（时长未知或为零）。',
    not_recording_format: '“{{file}}”不是 Atelier 接受的录音格式。请使用 {{formats}}。',
    empty_file: '“{{file}}”是空文件。',
  },
};

export default zh;
