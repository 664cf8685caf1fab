/** 中文 (zh-CN) texts; the type forces the same keys as en-US.ts. */
import type { MessageKey } from "./en-US";

export const zhCN: Record<MessageKey, string> = {
  "app.title": "销售工具包",
  "app.tagline": "目标要坚定,激励要灵活,决策靠数据。",
  "app.language": "语言",
  "app.mode.excel": "已连接 Excel",
  "app.mode.download": "浏览器模式:工作簿将以 .xlsx 文件下载",
  "home.functions.title": "可在单元格中输入的公式",
  "home.functions.intro": "在单元格中输入 =SALES. 即可看到全部函数。例如:",
  "home.generators.title": "生成工作表",
  "home.generators.soon": "目标表、激励表、自评表和 CRM 导入即将推出。",
};
