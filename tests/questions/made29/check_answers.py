"""Re-derive a sample of made29 answers from the written documents themselves (not data.py):
reads the XLSX sheets, the Word table and the comments, and exits 1 on any mismatch.

Run: .venv/bin/python tests/questions/made29/check_answers.py (after make_documents and make_questions)"""
import json, sys
from pathlib import Path

import docx
import openpyxl
from collections import Counter

HERE = Path(__file__).parent
BAD = []
Q={q['id']:q for q in map(json.loads, open(str(HERE / 'questions.jsonl')))}
wb=openpyxl.load_workbook(str(HERE / 'docs/muroran_gyokaku_plan_ikensho_r9.xlsx'))
rows=[r for r in wb['実践項目別'].iter_rows(min_row=4, values_only=True)]
P=[dict(code=str(r[0]), ini=int(r[1][3:]), g=dict(zip(['R5','R6','R7','R8'], [x or '' for x in r[4:8]])), s=r[8:12], tot=r[12], ov=r[13], end=r[14] or '', dept=r[15]) for r in rows]
def ans(f): return [p['code'] for p in P if f(p)]
def chk(i, got):
    want=Q[f'm29-{i:03d}']['answer']
    ok = (sorted(map(str, got)) if isinstance(got, list) else got) == (sorted(map(str, want)) if isinstance(want, list) else want)
    BAD.extend([] if ok else [i])
    print(i, 'OK' if (sorted(map(str,got)) if isinstance(got,list) else got)==(sorted(map(str,want)) if isinstance(want,list) else want) else f'MISMATCH {got} vs {want}', Q[f'm29-{i:03d}']['turns'][-1])
def find(s): return next(int(k[4:]) for k,q in Q.items() if s in q['turns'][-1])
chk(find('R7の評価がAだった'), ans(lambda p:p['g']['R7']=='A'))
chk(find('R5からR8までずっとA'), ans(lambda p:all(p['g'][y]=='A' for y in p['g'])))
chk(find('一度もA評価'), ans(lambda p:'A' not in p['g'].values()))
chk(find('令和7年度までに'), ans(lambda p:p['end'] in ('R5','R6','R7')))
chk(find('まだ終わっていない'), ans(lambda p:not p['end']))
chk(find('Aじゃない'), len(ans(lambda p:p['ov']!='A')))
chk(find('市民課が担当'), ans(lambda p:'市民課' in p['dept'].replace('市民協働課','')))
chk(find('創造性が3'), len(ans(lambda p:p['s'][3]==3)))
chk(find('分布で'), max(Counter(p['ov'] for p in P).values()))
chk(find('そのうち職員課'), ans(lambda p:p['g']['R8']=='B' and '職員課' in p['dept']))
ir=[r for r in wb['取組項目別'].iter_rows(min_row=7, values_only=True)]
chk(find('4.0以上'), [str(r[0]) for r in ir if r[-1]>=4.0])
chk(find('担当課の自己評価がB'), [str(r[0]) for r in ir if r[-2]=='B'])
chk(find('審議会評価の平均'), round(sum(r[-1] for r in ir)/len(ir),2))
chk(find('2件しかない'), [str(r[0]) for r in ir if r[9]==2])
cm=[r for r in wb['委員の意見'].iter_rows(min_row=3, values_only=True)]
cur=None; C=[]
for r in cm:
    cur=r[0] or cur; C.append((cur,r[3]))
for w in ['個人情報','費用対効果','高齢者']:
    chk(find(w), sorted({str(n) for n,t in C if w in t}))
t=docx.Document(str(HERE / 'docs/utsunomiya_kanuma_renkei_r7.docx')).tables[0]
J=[[c.text for c in r.cells] for r in t.rows[2:]]
chk(find('部会長が鹿沼市'), [r[0] for r in J if r[5].endswith('(鹿沼市)')])
chk(find('部会がいくつ'), len({r[5].split(' ')[0] for r in J}))
chk(find('まだ何も実施'), [r[0] for r in J if not r[3]])
chk(find('部会長が宇都宮市のものは何件'), sum(r[5].endswith('(宇都宮市)') for r in J))
sys.exit(1 if BAD else 0)
