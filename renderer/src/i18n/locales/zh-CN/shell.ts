import type en from '../en/shell';
import type { Translation } from '../../translation';

const zh: Translation<typeof en> = {
  screens: {
    chat: { title: '对话', description: '与模型对话，保存会话，复用好用的提示词。' },
    'image-analysis': { title: '图像分析', description: '就截图、图表和照片提问。' },
    'image-studio': { title: '图像工作室', description: '生成和编辑图像，经审核批准后再使用。' },
    transcription: { title: '转写', description: '将会议录音排队转写，得到可搜索的文字稿。' },
    usage: { title: '用量', description: '查看每次模型调用的费用和预算情况。' },
    settings: { title: '设置', description: '服务商、默认模型、策略、预算、价格、密钥存储、外观和数据。' },
  },
  shortcuts: {
    goTo: '前往{{screen}}',
    openSettings: '打开设置',
    showShortcuts: '显示键盘快捷键',
    closeDialog: '关闭对话框',
    transcriptionAdd: '转写：添加录音',
    transcriptionSearch: '转写：搜索全部文字稿',
    transcriptionFind: '转写：在当前文字稿中查找',
    chatNew: '对话：新建会话',
    chatSearch: '对话：搜索消息',
    chatSend: '对话：发送消息',
    chatNewLine: '对话：在消息中换行',
    chatStop: '对话：停止正在生成的回复',
    chatEditLast: '对话：编辑上一条消息（输入框为空时）',
  },
  sidebar: {
    navLabel: '主导航',
    version: '版本 {{version}}',
  },
  comingSoon: {
    noDefault: '尚未设置{{modality}}的默认模型。',
    willUse: '将使用 <strong>{{model}}</strong>',
    fromProvider: '（来自 {{provider}}）',
    chooseDefault: '选择默认模型',
    connectFirst: '请先连接 AI 服务商——只需一分钟。',
  },
  banner: {
    restartedTitle: 'Atelier 已重新启动。',
    restartedText: '这个地址已失效：请打开它新输出的地址（以“Atelier ready:”开头的那一行）。',
    reconnectingTitle: '正在重新连接 Atelier…',
    reconnectingText: '请确认它仍在运行；此页面会自动重新连接。',
    demoTitle: '演示模式',
    demoText: '——回答来自本地模拟器，而不是真实模型。',
  },
  provider: {
    none: '尚无服务商',
    noDefault: '没有默认模型',
    setUpHint: '在设置中添加一个',
    setUp: '设置服务商',
  },
  shortcutsDialog: {
    title: '键盘快捷键',
    description: '不用鼠标也能完成工作。',
  },
};
export default zh;
