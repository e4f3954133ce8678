import type en from '../en/common';
import type { Translation } from '../../translation';

const zh: Translation<typeof en> = {
  actions: {
    save: '保存',
    cancel: '取消',
    close: '关闭',
    retry: '重试',
    remove: '移除',
    confirm: '确认',
    export: '导出',
    import: '导入',
    edit: '编辑',
    copy: '复制',
    pause: '暂停',
    resume: '继续',
  },
  states: {
    loading: '正在加载…',
    saving: '正在保存…',
    saved: '已保存',
    failed: '失败',
    never: '从未',
    unknown: '未知',
  },
  environmentProvider: { simulator: '模拟服务（演示）', openai: 'OpenAI（环境变量）', compatible: '环境变量服务商' },
  time: {
    justNow: '刚刚',
  },
  count: {
    items_other: '{{count}} 项',
    models_other: '{{count}} 个模型',
    files_other: '{{count}} 个文件',
  },
  units: {
    ms: '{{value}} 毫秒',
    s: '{{value}} 秒',
    min: '{{value}} 分钟',
    h: '{{value}} 小时',
    hMin: '{{h}} 小时 {{min}} 分钟',
    B: '{{value}} B',
    KB: '{{value}} KB',
    MB: '{{value}} MB',
    GB: '{{value}} GB',
  },
  modalities: {
    text: '文本与对话',
    'image-understanding': '图像理解',
    'image-generation': '图像生成',
    'audio-offline': '转写',
    'audio-realtime': '实时语音',
  },
  key: {
    none: '未设置密钥',
    backends: {
      safeStorage: '系统加密',
      basic_text: '基础加密',
      keyring: '系统钥匙串',
      file: '加密文件',
      environment: '环境变量',
    },
  },
  misc: {
    budgetWarnings: '预算提醒',
    optional: '可选',
    working: '处理中…',
    dismiss: '关闭通知',
    total: '合计',
  },
  models: {
    choose: '选择模型',
    notListed: '{{model}}（已不在列表中）',
    tier: { fast: '快速低价', balanced: '均衡', capable: '最强' },
    capability: { chat: '对话', vision: '可读图片', audio: '音频', image: '生成图片' },
  },
};
export default zh;
