import type en from '../en/core';
import type { Translation } from '../../translation';

const zh: Translation<typeof en> = {
  budget: {
    overall_day: '每日总预算',
    overall_month: '每月总预算',
    modality_day: '每日{{modality}}预算',
    modality_month: '每月{{modality}}预算',
    scene_day: '“{{scene}}”场景每日预算',
    scene_month: '“{{scene}}”场景每月预算',
    modalities: {
      text: '文本与对话',
      'image-understanding': '图像理解',
      'image-generation': '图像生成',
      'audio-offline': '转写',
      'audio-realtime': '实时语音',
    },
    soft: '已超出{{budget}}（{{limit}}，已花费 {{spent}}）：这是软限制，请求仍会发送。',
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
};

export default zh;
