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
  time: {
    justNow: '刚刚',
  },
  count: {
    items_other: '{{count}} 项',
  },
};
export default zh;
