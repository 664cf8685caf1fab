/** Inputs the browser tests type into the pane: a six-rep roster as a sheet range holds it. */
export const ROSTER_TSV = [
  "name\trole\tteam\tmanager\thire date\temail",
  "Li Wei\tSenior Account Executive\tEast\tZhou Min\t2019-04-15\tli.wei@example.com",
  "Wang Fang\tAccount Executive\tEast\tZhou Min\t2021-09-01\twang.fang@example.com",
  "Zhang Jie\tAccount Executive\tEast\tZhou Min\t2022-03-07\tzhang.jie@example.com",
  "Huang Min\tSenior Account Executive\tWest\tEmily Carter\t2018-08-20\thuang.min@example.com",
  "Zhao Qiang\tAccount Executive\tWest\tEmily Carter\t2021-01-11\tzhao.qiang@example.com",
  "Ma Lin\tSales Development Rep\tWest\tEmily Carter\t2024-07-15\tma.lin@example.com",
].join("\n");

export const REPS = ["Li Wei", "Wang Fang", "Zhang Jie", "Huang Min", "Zhao Qiang", "Ma Lin"];
