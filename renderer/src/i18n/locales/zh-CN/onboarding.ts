import type en from '../en/onboarding';
import type { Translation } from '../../translation';

const zh: Translation<typeof en> = {
  progress: '第 {{step}} 步，共 {{total}} 步',
  titles: {
    welcome: '欢迎使用 Atelier',
    welcomeDescription: '先连接一个 AI 服务商，大约只需一分钟。',
    connectOpenai: '连接 OpenAI',
    connectOpenaiDescription: '粘贴你 OpenAI 账户中的 API 密钥。',
    connectCompatible: '连接 OpenAI 兼容接口',
    connectCompatibleDescription: 'OpenRouter、本地服务，或任何兼容 OpenAI API 的服务。',
    success: '一切就绪',
    successDescription: 'Atelier 已连通你的服务商，并选好了默认模型。',
    environment: '已通过{{name}}完成设置',
    environmentFallback: '环境变量中的服务商',
    environmentDescription: 'Atelier 在环境变量中找到了一个服务商。',
  },
  welcome: {
    pointAll: '对话、图像分析、图像生成、会议转写，一个应用全搞定。',
    pointKeys: '密钥加密保存在本机，保存后不再明文显示。',
    pointCost: '每次调用都会记录费用，花了多少一目了然。',
    question: '你想使用哪个服务商？',
    openai: '使用你的 OpenAI API 密钥。',
    compatibleTitle: '其他 OpenAI 兼容接口',
    compatible: 'OpenRouter、Ollama、LM Studio、vLLM 或你自己的网关。',
    skip: '暂时跳过',
  },
  connect: {
    form: '连接服务商',
    missingKey: '请粘贴你的 OpenAI API 密钥。',
    back: '上一步',
    checking: '正在检查连接并读取模型列表…',
    connect: '连接',
  },
  success: {
    connected: '{{name}} 已连接',
    yourProvider: '你的服务商',
    answered: '响应用时 {{ms}} 毫秒 · 可用 {{models}}',
    later: '以上设置都可以在“设置”中修改。',
    start: '开始使用 Atelier',
  },
  environment: {
    demoTitle: '演示模式',
    demo: '回答来自本地模拟器，而不是真实模型。不会向互联网发送任何内容，也不会产生任何费用。',
    checking: '正在检查连接…',
    connected: '已连接，用时 {{ms}} 毫秒 · 可用 {{models}}',
    tryAgain: '重试',
    addOwn: '添加我自己的服务商',
    continue: '继续',
  },
  defaults: {
    heading: '默认模型',
    none: '尚未选择默认模型，请在“设置 → 默认模型”中选择。',
  },
};
export default zh;
