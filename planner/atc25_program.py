"""ATC '25's program document as Python values: generated, do not edit.

`python -m planner.importer` writes it with assets/atc25.json, from the same document, and a
test holds the two equal. Installed, it is bytecode: the planner's default start loads these
values rather than reading and parsing the JSON (a millisecond of every command), then checks
them as it checks any program. A function, so each call gets a document of its own.
"""


def document() -> dict:
    return {
     'schema': 1,
     'conference': {
      'id': 'atc25',
      'name': "USENIX ATC '25",
      'full_name': '2025 USENIX Annual Technical Conference',
      'location': 'Boston, MA, USA',
      'venue': 'Sheraton Boston Hotel',
      'timezone': 'America/New_York',
      'tracks': [
       'Track 1',
       'Track 2',
      ],
      'times_source': 'Planning layout, not official times: the proceedings list no times. Sessions are paired into two parallel tracks in contents order and placed on the usual USENIX ATC day (Mon 10:45/13:40/15:25; Tue and Wed 09:00/10:45/13:15/15:00, America/New_York); talks run 15 minutes back to back in contents order. Load a corrected file with --program.',
      'times_official': False,
      'source': "USENIX ATC '25 proceedings, table of contents (assets/contents.txt)",
      'booktitle': '2025 USENIX Annual Technical Conference (USENIX ATC 25)',
      'publisher': 'USENIX Association',
      'address': 'Boston, MA',
     },
     'days': [
      {
       'date': '2025-07-07',
       'sessions': [
        {
         'id': 's01',
         'title': 'Cloud Computing: Speed, Scale, and Serverless',
         'track': 'Track 1',
         'start': '2025-07-07T10:45:00-04:00',
         'end': '2025-07-07T12:00:00-04:00',
         'papers': [
          {
           'id': 'fast-acs',
           'title': 'Fast ACS: Low-Latency File-Based Ordered Message Delivery at Scale',
           'page': 1,
           'start': '2025-07-07T10:45:00-04:00',
           'end': '2025-07-07T11:00:00-04:00',
           'authors': [
            {
             'name': 'Sushant Kumar Gupta',
             'affiliations': [
              'Google LLC',
             ],
            },
            {
             'name': 'Anil Raghunath Iyer',
             'affiliations': [
              'Google LLC',
             ],
            },
            {
             'name': 'Chang Yu',
             'affiliations': [
              'Google LLC',
             ],
            },
            {
             'name': 'Neel Bagora',
             'affiliations': [
              'Google LLC',
             ],
            },
            {
             'name': 'Olivier Pomerleau',
             'affiliations': [
              'Google LLC',
             ],
            },
            {
             'name': 'Vivek Kumar',
             'affiliations': [
              'Google LLC',
             ],
            },
            {
             'name': 'Prunthaban Kanthakumar',
             'affiliations': [
              'Google LLC',
             ],
            },
           ],
          },
          {
           'id': 'poby',
           'title': 'Poby: SmartNIC-accelerated Image Provisioning for Coldstart in Clouds',
           'page': 19,
           'start': '2025-07-07T11:00:00-04:00',
           'end': '2025-07-07T11:15:00-04:00',
           'authors': [
            {
             'name': 'Zihao Chang',
             'affiliations': [
              'SKLP, Institute of Computing Technology, CAS',
              'University of Chinese Academy of Sciences',
             ],
            },
            {
             'name': 'Jiaqi Zhu',
             'affiliations': [
              'SKLP, Institute of Computing Technology, CAS',
              'University of Chinese Academy of Sciences',
             ],
            },
            {
             'name': 'Haifeng Sun',
             'affiliations': [
              'Peking University',
             ],
            },
            {
             'name': 'Yunlong Xie',
             'affiliations': [
              'SKLP, Institute of Computing Technology, CAS',
              'University of Chinese Academy of Sciences',
             ],
            },
            {
             'name': 'Kan Shi',
             'affiliations': [
              'SKLP, Institute of Computing Technology, CAS',
              'University of Chinese Academy of Sciences',
             ],
            },
            {
             'name': 'Ninghui Sun',
             'affiliations': [
              'SKLP, Institute of Computing Technology, CAS',
              'University of Chinese Academy of Sciences',
             ],
            },
            {
             'name': 'Yungang Bao',
             'affiliations': [
              'SKLP, Institute of Computing Technology, CAS',
              'University of Chinese Academy of Sciences',
             ],
            },
            {
             'name': 'Sa Wang',
             'affiliations': [
              'SKLP, Institute of Computing Technology, CAS',
              'University of Chinese Academy of Sciences',
             ],
            },
           ],
          },
          {
           'id': 'burst-computing',
           'title': 'Burst Computing: Quick, Sudden, Massively Parallel Processing on Serverless Resources',
           'page': 39,
           'start': '2025-07-07T11:15:00-04:00',
           'end': '2025-07-07T11:30:00-04:00',
           'authors': [
            {
             'name': 'Daniel Barcelona-Pons',
             'affiliations': [
              'Universitat Rovira i Virgili and Barcelona Supercomputing Center',
             ],
            },
            {
             'name': 'Aitor Arjona',
             'affiliations': [
              'Universitat Rovira i Virgili',
             ],
            },
            {
             'name': 'Pedro García-López',
             'affiliations': [
              'Universitat Rovira i Virgili',
             ],
            },
            {
             'name': 'Enrique Molina-Giménez',
             'affiliations': [
              'Universitat Rovira i Virgili',
             ],
            },
            {
             'name': 'Stepan Klymonchuk',
             'affiliations': [
              'Universitat Rovira i Virgili',
             ],
            },
           ],
          },
          {
           'id': 'deepserve',
           'title': 'DEEPSERVE: Serverless Large Language Model Serving at Scale',
           'page': 57,
           'start': '2025-07-07T11:30:00-04:00',
           'end': '2025-07-07T11:45:00-04:00',
           'authors': [
            {
             'name': 'Junhao Hu',
             'affiliations': [
              'Peking University and Key Lab of HCST (PKU), MOE',
             ],
            },
            {
             'name': 'Jiang Xu',
             'affiliations': [
              'Huawei Cloud',
             ],
            },
            {
             'name': 'Zhixia Liu',
             'affiliations': [
              'Huawei Cloud',
             ],
            },
            {
             'name': 'Yulong He',
             'affiliations': [
              'Huawei Cloud',
             ],
            },
            {
             'name': 'Yuetao Chen',
             'affiliations': [
              'Huawei Cloud',
             ],
            },
            {
             'name': 'Hao Xu',
             'affiliations': [
              'Huawei Cloud',
             ],
            },
            {
             'name': 'Jiang Liu',
             'affiliations': [
              'Huawei Cloud',
             ],
            },
            {
             'name': 'Jie Meng',
             'affiliations': [
              'Huawei Cloud',
             ],
            },
            {
             'name': 'Baoquan Zhang',
             'affiliations': [
              'Huawei Cloud',
             ],
            },
            {
             'name': 'Shining Wan',
             'affiliations': [
              'Huawei Cloud',
             ],
            },
            {
             'name': 'Gengyuan Dan',
             'affiliations': [
              'Huawei Cloud',
             ],
            },
            {
             'name': 'Zhiyu Dong',
             'affiliations': [
              'Huawei Cloud',
             ],
            },
            {
             'name': 'Zhihao Ren',
             'affiliations': [
              'Huawei Cloud',
             ],
            },
            {
             'name': 'Changhong Liu',
             'affiliations': [
              'Huawei Cloud',
             ],
            },
            {
             'name': 'Tao Xie',
             'affiliations': [
              'Key Lab of HCST (PKU), MOE and Peking University',
             ],
            },
            {
             'name': 'Dayun Lin',
             'affiliations': [
              'Huawei Cloud',
             ],
            },
            {
             'name': 'Qin Zhang',
             'affiliations': [
              'Huawei Cloud',
             ],
            },
            {
             'name': 'Yue Yu',
             'affiliations': [
              'Huawei Cloud',
             ],
            },
            {
             'name': 'Hao Feng',
             'affiliations': [
              'Huawei Cloud',
             ],
            },
            {
             'name': 'Xusheng Chen',
             'affiliations': [
              'Huawei Cloud',
             ],
            },
            {
             'name': 'Yizhou Shan',
             'affiliations': [
              'Huawei Cloud',
             ],
            },
           ],
          },
          {
           'id': 'cosmic',
           'title': 'Cosmic: Cost-Effective Support for Cloud-Assisted 3D Printing',
           'page': 73,
           'start': '2025-07-07T11:45:00-04:00',
           'end': '2025-07-07T12:00:00-04:00',
           'authors': [
            {
             'name': 'Yuan Yao',
             'affiliations': [
              'University of Southern California',
             ],
            },
            {
             'name': 'Chuan He',
             'affiliations': [
              'University of Michigan',
             ],
            },
            {
             'name': 'Chinedum Okwudire',
             'affiliations': [
              'University of Michigan',
             ],
            },
            {
             'name': 'Harsha V. Madhyastha',
             'affiliations': [
              'University of Southern California',
             ],
            },
           ],
          },
         ],
        },
        {
         'id': 's02',
         'title': 'Accelerating ML Training: Parallelism, Tuning, and Modalities',
         'track': 'Track 2',
         'start': '2025-07-07T10:45:00-04:00',
         'end': '2025-07-07T12:00:00-04:00',
         'papers': [
          {
           'id': 'gmi-drl',
           'title': 'GMI-DRL: Empowering Multi-GPU DRL with Adaptive-Grained Parallelism',
           'page': 89,
           'start': '2025-07-07T10:45:00-04:00',
           'end': '2025-07-07T11:00:00-04:00',
           'authors': [
            {
             'name': 'Yuke Wang',
             'affiliations': [
              'Rice University',
             ],
            },
            {
             'name': 'Boyuan Feng',
             'affiliations': [
              'University of California Santa Barbara',
             ],
            },
            {
             'name': 'Zheng Wang',
             'affiliations': [
              'University of California San Diego',
             ],
            },
            {
             'name': 'Guyue Huang',
             'affiliations': [
              'University of California Santa Barbara',
             ],
            },
            {
             'name': 'Tong (Tony) Geng',
             'affiliations': [
              'University of Rochester',
             ],
            },
            {
             'name': 'Ang Li',
             'affiliations': [
              'Pacific Northwest National Laboratory',
             ],
            },
            {
             'name': 'Yufei Ding',
             'affiliations': [
              'University of California San Diego',
             ],
            },
           ],
          },
          {
           'id': 'mtuner',
           'title': 'mTuner: Accelerating Parameter-Efficient Fine-Tuning on Multi-GPU Servers with Elastic Tensor',
           'page': 105,
           'start': '2025-07-07T11:00:00-04:00',
           'end': '2025-07-07T11:15:00-04:00',
           'authors': [
            {
             'name': 'Kezhao Huang',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Siqi Zhu',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Mingshu Zhai',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Liyan Zheng',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Kinman Lei',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Jiaao He',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Yuyang Jin',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Jidong Zhai',
             'affiliations': [
              'Tsinghua University',
             ],
            },
           ],
          },
          {
           'id': 'jenga',
           'title': 'JENGA: Enhancing LLM Long-Context Fine-tuning with Contextual Token Sparsity',
           'page': 123,
           'start': '2025-07-07T11:15:00-04:00',
           'end': '2025-07-07T11:30:00-04:00',
           'authors': [
            {
             'name': 'Tuowei Wang',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Xingyu Chen',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Kun Li',
             'affiliations': [
              'Microsoft Research',
             ],
            },
            {
             'name': 'Ting Cao',
             'affiliations': [
              'Microsoft Research',
             ],
            },
            {
             'name': 'Ju Ren',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Yaoxue Zhang',
             'affiliations': [
              'Tsinghua University',
             ],
            },
           ],
          },
          {
           'id': 'flexpipe',
           'title': 'FlexPipe: Maximizing Training Efficiency for Transformer-based Models with Variable-Length Inputs',
           'page': 143,
           'start': '2025-07-07T11:30:00-04:00',
           'end': '2025-07-07T11:45:00-04:00',
           'authors': [
            {
             'name': 'Hairui Zhao',
             'affiliations': [
              'Jilin University and University of California, Riverside',
             ],
            },
            {
             'name': 'Qi Tian',
             'affiliations': [
              'Jilin University and Key Laboratory of Symbolic Computation and Knowledge Engineering of the Ministry of Education, China',
             ],
            },
            {
             'name': 'Hongliang Li',
             'affiliations': [
              'Jilin University and Key Laboratory of Symbolic Computation and Knowledge Engineering of the Ministry of Education, China',
             ],
            },
            {
             'name': 'Zizhong Chen',
             'affiliations': [
              'University of California, Riverside',
             ],
            },
           ],
          },
          {
           'id': 'optimus',
           'title': 'Optimus: Accelerating Large-Scale Multi-Modal LLM Training by Bubble Exploitation',
           'page': 161,
           'start': '2025-07-07T11:45:00-04:00',
           'end': '2025-07-07T12:00:00-04:00',
           'authors': [
            {
             'name': 'Weiqi Feng',
             'affiliations': [
              'Harvard University',
             ],
            },
            {
             'name': 'Yangrui Chen',
             'affiliations': [
              'ByteDance',
             ],
            },
            {
             'name': 'Shaoyu Wang',
             'affiliations': [
              'University of Southern California',
             ],
            },
            {
             'name': 'Yanghua Peng',
             'affiliations': [
              'ByteDance',
             ],
            },
            {
             'name': 'Haibin Lin',
             'affiliations': [
              'ByteDance',
             ],
            },
            {
             'name': 'Minlan Yu',
             'affiliations': [
              'Harvard University',
             ],
            },
           ],
          },
         ],
        },
        {
         'id': 's03',
         'title': 'Networking: From Cloud to In-Network Intelligence',
         'track': 'Track 1',
         'start': '2025-07-07T13:40:00-04:00',
         'end': '2025-07-07T14:55:00-04:00',
         'papers': [
          {
           'id': 'towards-optimal-rack-scale',
           'title': 'Towards Optimal Rack-scale μs-level CPU Scheduling through In-Network Workload Shaping',
           'page': 179,
           'start': '2025-07-07T13:40:00-04:00',
           'end': '2025-07-07T13:55:00-04:00',
           'authors': [
            {
             'name': 'Xudong Liao',
             'affiliations': [
              'Hong Kong University of Science and Technology',
             ],
            },
            {
             'name': 'Han Tian',
             'affiliations': [
              'University of Science and Technology of China',
             ],
            },
            {
             'name': 'Xinchun Wan',
             'affiliations': [
              'Hong Kong University of Science and Technology',
             ],
            },
            {
             'name': 'Chaoliang Zeng',
             'affiliations': [
              'BitIntelligence',
             ],
            },
            {
             'name': 'Hao Wang',
             'affiliations': [
              'Hong Kong University of Science and Technology',
             ],
            },
            {
             'name': 'Junxue Zhang',
             'affiliations': [
              'University of Science and Technology of China',
             ],
            },
            {
             'name': 'Mengyu Ma',
             'affiliations': [
              'Inspur',
             ],
            },
            {
             'name': 'Guyue (Grace) Liu',
             'affiliations': [
              'Peking University',
             ],
            },
            {
             'name': 'Kai Chen',
             'affiliations': [
              'Hong Kong University of Science and Technology',
             ],
            },
           ],
          },
          {
           'id': 'tgw',
           'title': 'TGW: Operating an Efficient and Resilient Cloud Gateway at Scale',
           'page': 199,
           'start': '2025-07-07T13:55:00-04:00',
           'end': '2025-07-07T14:10:00-04:00',
           'authors': [
            {
             'name': 'Yifan Yang',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Lin He',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Jiasheng Zhou',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Xiaoyi Shi',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Yichi Xu',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Shicheng Wang',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Jinlong E',
             'affiliations': [
              'Renmin University of China',
             ],
            },
            {
             'name': 'Ying Liu',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Junwei Zhang',
             'affiliations': [
              'Tencent',
             ],
            },
            {
             'name': 'Zhuang Yuan',
             'affiliations': [
              'Tencent',
             ],
            },
            {
             'name': 'Hengyang Xu',
             'affiliations': [
              'Tencent',
             ],
            },
           ],
          },
          {
           'id': 'marc',
           'title': 'MARC: Motion-Aware Rate Control for Mobile E-commerce Cloud Rendering',
           'page': 217,
           'start': '2025-07-07T14:10:00-04:00',
           'end': '2025-07-07T14:25:00-04:00',
           'authors': [
            {
             'name': 'Yuankang Zhao',
             'affiliations': [
              'Alibaba Group',
              'University of Chinese Academy of Sciences',
             ],
            },
            {
             'name': 'Furong Yang',
             'affiliations': [
              'Alibaba Group',
             ],
            },
            {
             'name': 'Gerui Lv',
             'affiliations': [
              'University of Chinese Academy of Sciences',
             ],
            },
            {
             'name': 'Qinghua Wu',
             'affiliations': [
              'University of Chinese Academy of Sciences and Purple Mountain Laboratories',
             ],
            },
            {
             'name': 'Yanmei Liu',
             'affiliations': [
              'Alibaba Group',
             ],
            },
            {
             'name': 'Jiuhai Zhang',
             'affiliations': [
              'Alibaba Group',
             ],
            },
            {
             'name': 'Yutang Peng',
             'affiliations': [
              'Alibaba Group',
             ],
            },
            {
             'name': 'Feng Peng',
             'affiliations': [
              'Alibaba Group',
             ],
            },
            {
             'name': 'Hongyu Guo',
             'affiliations': [
              'Alibaba Group',
             ],
            },
            {
             'name': 'Ying Chen',
             'affiliations': [
              'Alibaba Group',
             ],
            },
            {
             'name': 'Zhenyu Li',
             'affiliations': [
              'University of Chinese Academy of Sciences and Purple Mountain Laboratories',
             ],
            },
            {
             'name': 'Gaogang Xie',
             'affiliations': [
              'University of Chinese Academy of Sciences and Computer Network Information Center, Chinese Academy of Sciences',
             ],
            },
           ],
          },
          {
           'id': 'accelerating-distributed',
           'title': 'Accelerating Distributed Graph Learning by Using Collaborative In-Network Multicast and Aggregation',
           'page': 233,
           'start': '2025-07-07T14:25:00-04:00',
           'end': '2025-07-07T14:40:00-04:00',
           'authors': [
            {
             'name': 'Zhaoyi Li',
             'affiliations': [
              'Central South University and Nanyang Technological University',
             ],
            },
            {
             'name': 'Jiawei Huang',
             'affiliations': [
              'Central South University',
             ],
            },
            {
             'name': 'Yijun Li',
             'affiliations': [
              'Central South University',
             ],
            },
            {
             'name': 'Jingling Liu',
             'affiliations': [
              'Central South University',
             ],
            },
            {
             'name': 'Junxue Zhang',
             'affiliations': [
              'Hong Kong University of Science and Technology',
             ],
            },
            {
             'name': 'Hui Li',
             'affiliations': [
              'Central South University',
             ],
            },
            {
             'name': 'Xiaojun Zhu',
             'affiliations': [
              'Central South University',
             ],
            },
            {
             'name': 'Shengwen Zhou',
             'affiliations': [
              'Central South University',
             ],
            },
            {
             'name': 'Jing Shao',
             'affiliations': [
              'Central South University',
             ],
            },
            {
             'name': 'Xiaojuan Lu',
             'affiliations': [
              'Central South University',
             ],
            },
            {
             'name': 'Qichen Su',
             'affiliations': [
              'Central South University',
             ],
            },
            {
             'name': 'Jianxin Wang',
             'affiliations': [
              'Central South University',
             ],
            },
            {
             'name': 'Chee Wei Tan',
             'affiliations': [
              'Nanyang Technological University',
             ],
            },
            {
             'name': 'Yong Cui',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Kai Chen',
             'affiliations': [
              'Hong Kong University of Science and Technology',
             ],
            },
           ],
          },
          {
           'id': 'opening-up-kernel-bypass',
           'title': 'Opening Up Kernel-Bypass TCP Stacks',
           'page': 249,
           'start': '2025-07-07T14:40:00-04:00',
           'end': '2025-07-07T14:55:00-04:00',
           'authors': [
            {
             'name': 'Shinichi Awamoto',
             'affiliations': [
              'University of Edinburgh',
             ],
            },
            {
             'name': 'Michio Honda',
             'affiliations': [
              'University of Edinburgh',
             ],
            },
           ],
          },
         ],
        },
        {
         'id': 's04',
         'title': 'Operating Systems: Scheduling, Security, and Extensibility',
         'track': 'Track 2',
         'start': '2025-07-07T13:40:00-04:00',
         'end': '2025-07-07T14:55:00-04:00',
         'papers': [
          {
           'id': 'gpreempt',
           'title': 'GPREEMPT: GPU Preemptive Scheduling Made General and Efficient',
           'page': 263,
           'start': '2025-07-07T13:40:00-04:00',
           'end': '2025-07-07T13:55:00-04:00',
           'authors': [
            {
             'name': 'Ruwen Fan',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Tingxu Ren',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Minhui Xie',
             'affiliations': [
              'Renmin University of China',
             ],
            },
            {
             'name': 'Shiwei Gao',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Jiwu Shu',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Youyou Lu',
             'affiliations': [
              'Tsinghua University',
             ],
            },
           ],
          },
          {
           'id': 'uefi',
           'title': 'μEFI: A Microkernel-Style UEFI with Isolation and Transparency',
           'page': 273,
           'start': '2025-07-07T13:55:00-04:00',
           'end': '2025-07-07T14:10:00-04:00',
           'authors': [
            {
             'name': 'Le Chen',
             'affiliations': [
              'Shanghai Jiao Tong University',
             ],
            },
            {
             'name': 'Yiyang Wu',
             'affiliations': [
              'Shanghai Jiao Tong University',
             ],
            },
            {
             'name': 'Jinyu Gu',
             'affiliations': [
              'Shanghai Jiao Tong University',
             ],
            },
            {
             'name': 'Yubin Xia',
             'affiliations': [
              'Shanghai Jiao Tong University',
             ],
            },
            {
             'name': 'Haibo Chen',
             'affiliations': [
              'Shanghai Jiao Tong University',
             ],
            },
           ],
          },
          {
           'id': 'pageflex',
           'title': 'PageFlex: Flexible and Efficient User-space Delegation of Linux Paging Policies with eBPF',
           'page': 291,
           'start': '2025-07-07T14:10:00-04:00',
           'end': '2025-07-07T14:25:00-04:00',
           'authors': [
            {
             'name': 'Anil Yelam',
             'affiliations': [
              'Google',
             ],
            },
            {
             'name': 'Kan Wu',
             'affiliations': [
              'Google',
             ],
            },
            {
             'name': 'Zhiyuan Guo',
             'affiliations': [
              'UC San Diego',
             ],
            },
            {
             'name': 'Suli Yang',
             'affiliations': [
              'Google',
             ],
            },
            {
             'name': 'Rajath Shashidhara',
             'affiliations': [
              'University of Washington',
             ],
            },
            {
             'name': 'Wei Xu',
             'affiliations': [
              'Google',
             ],
            },
            {
             'name': 'Stanko Novaković',
             'affiliations': [
              'Google',
             ],
            },
            {
             'name': 'Alex C. Snoeren',
             'affiliations': [
              'Google and UC San Diego',
             ],
            },
            {
             'name': 'Kimberly Keeton',
             'affiliations': [
              'Google',
             ],
            },
           ],
          },
          {
           'id': 'asterinas',
           'title': 'ASTERINAS: A Linux ABI-Compatible, Rust-Based Framekernel OS with a Small and Sound TCB',
           'page': 307,
           'start': '2025-07-07T14:25:00-04:00',
           'end': '2025-07-07T14:40:00-04:00',
           'authors': [
            {
             'name': 'Yuke Peng',
             'affiliations': [
              'SUSTech',
             ],
            },
            {
             'name': 'Hongliang Tian',
             'affiliations': [
              'Ant Group',
             ],
            },
            {
             'name': 'Junyang Zhang',
             'affiliations': [
              'Peking University and Zhongguancun Laboratory',
             ],
            },
            {
             'name': 'Ruihan Li',
             'affiliations': [
              'Peking University and Zhongguancun Laboratory',
             ],
            },
            {
             'name': 'Chengjun Chen',
             'affiliations': [
              'Ant Group',
             ],
            },
            {
             'name': 'Jianfeng Jiang',
             'affiliations': [
              'Ant Group',
             ],
            },
            {
             'name': 'Jinyi Xian',
             'affiliations': [
              'SUSTech',
             ],
            },
            {
             'name': 'Xiaolin Wang',
             'affiliations': [
              'Peking University and Zhongguancun Laboratory',
             ],
            },
            {
             'name': 'Chenren Xu',
             'affiliations': [
              'Peking University and Zhongguancun Laboratory',
             ],
            },
            {
             'name': 'Diyu Zhou',
             'affiliations': [
              'Peking University and Zhongguancun Laboratory',
             ],
            },
            {
             'name': 'Yingwei Luo',
             'affiliations': [
              'Peking University and Zhongguancun Laboratory',
             ],
            },
            {
             'name': 'Shoumeng Yan',
             'affiliations': [
              'Ant Group',
             ],
            },
            {
             'name': 'Yinqian Zhang',
             'affiliations': [
              'SUSTech',
             ],
            },
           ],
          },
          {
           'id': 'rex',
           'title': 'Rex: Closing the language-verifier gap with safe and usable kernel extensions',
           'page': 325,
           'start': '2025-07-07T14:40:00-04:00',
           'end': '2025-07-07T14:55:00-04:00',
           'authors': [
            {
             'name': 'Jinghao Jia',
             'affiliations': [
              'University of Illinois Urbana-Champaign',
             ],
            },
            {
             'name': 'Ruowen Qin',
             'affiliations': [
              'University of Illinois Urbana-Champaign',
             ],
            },
            {
             'name': 'Milo Craun',
             'affiliations': [
              'Virginia Tech',
             ],
            },
            {
             'name': 'Egor Lukiyarov',
             'affiliations': [
              'Virginia Tech',
             ],
            },
            {
             'name': 'Ayush Bansal',
             'affiliations': [
              'University of Illinois Urbana-Champaign',
             ],
            },
            {
             'name': 'Minh Phan',
             'affiliations': [
              'University of Illinois Urbana-Champaign',
             ],
            },
            {
             'name': 'Michael V. Le',
             'affiliations': [
              'IBM',
             ],
            },
            {
             'name': 'Hubertus Franke',
             'affiliations': [
              'IBM',
             ],
            },
            {
             'name': 'Hani Jamjoom',
             'affiliations': [
              'IBM',
             ],
            },
            {
             'name': 'Tianyin Xu',
             'affiliations': [
              'University of Illinois Urbana-Champaign',
             ],
            },
            {
             'name': 'Dan Williams',
             'affiliations': [
              'Virginia Tech',
             ],
            },
           ],
          },
         ],
        },
        {
         'id': 's05',
         'title': 'The Programmable Data Plane: SmartNICs and Beyond',
         'track': 'Track 1',
         'start': '2025-07-07T15:25:00-04:00',
         'end': '2025-07-07T16:25:00-04:00',
         'papers': [
          {
           'id': 'barre',
           'title': 'Barre: Empowering Simplified and Versatile Programmable Congestion Control in High-Speed AI Clusters',
           'page': 343,
           'start': '2025-07-07T15:25:00-04:00',
           'end': '2025-07-07T15:40:00-04:00',
           'authors': [
            {
             'name': 'Yajuan Peng',
             'affiliations': [
              'Shanghai Key Laboratory for Intelligence Information Processing, Fudan University, China',
             ],
            },
            {
             'name': 'Haoran Wei',
             'affiliations': [
              'ByteDance',
             ],
            },
            {
             'name': 'Xiaolong Zhong',
             'affiliations': [
              'ByteDance',
             ],
            },
            {
             'name': 'Junkai Huang',
             'affiliations': [
              'ByteDance',
             ],
            },
            {
             'name': 'Haohan Xu',
             'affiliations': [
              'ByteDance',
             ],
            },
            {
             'name': 'Zicheng Wang',
             'affiliations': [
              'ByteDance',
             ],
            },
            {
             'name': 'Yang Bai',
             'affiliations': [
              'ByteDance',
             ],
            },
            {
             'name': 'Zhuo Jiang',
             'affiliations': [
              'ByteDance',
             ],
            },
            {
             'name': 'Jianxi Ye',
             'affiliations': [
              'ByteDance',
             ],
            },
            {
             'name': 'Xiaoliang Wang',
             'affiliations': [],
            },
            {
             'name': 'Xiaoming Fu',
             'affiliations': [
              'Shanghai Key Laboratory for Intelligence Information Processing, Fudan University, China',
             ],
            },
            {
             'name': 'Huichen Dai',
             'affiliations': [
              'ByteDance',
             ],
            },
           ],
          },
          {
           'id': 'flb',
           'title': 'FLB: Fine-grained Load Balancing for Lossless Datacenter Networks',
           'page': 365,
           'start': '2025-07-07T15:40:00-04:00',
           'end': '2025-07-07T15:55:00-04:00',
           'authors': [
            {
             'name': 'Jinbin Hu',
             'affiliations': [
              'Central South University, Hong Kong University of Science and Technology, Changsha University of Science and Technology',
             ],
            },
            {
             'name': 'Wenxue Li',
             'affiliations': [
              'Hong Kong University of Science and Technology',
             ],
            },
            {
             'name': 'Xiangzhou Liu',
             'affiliations': [
              'Hong Kong University of Science and Technology',
             ],
            },
            {
             'name': 'Junfeng Wang',
             'affiliations': [
              'Hong Kong University of Science and Technology',
             ],
            },
            {
             'name': 'Bowen Liu',
             'affiliations': [
              'Hong Kong University of Science and Technology',
             ],
            },
            {
             'name': 'Ping Yin',
             'affiliations': [
              'Inspur',
             ],
            },
            {
             'name': 'Jianxin Wang',
             'affiliations': [
              'Central South University',
             ],
            },
            {
             'name': 'Jiawei Huang',
             'affiliations': [
              'Central South University',
             ],
            },
            {
             'name': 'Kai Chen',
             'affiliations': [
              'Hong Kong University of Science and Technology',
             ],
            },
           ],
          },
          {
           'id': 'snary',
           'title': 'SNARY: A High-Performance and Generic SmartNIC-accelerated Retrieval System',
           'page': 381,
           'start': '2025-07-07T15:55:00-04:00',
           'end': '2025-07-07T16:10:00-04:00',
           'authors': [
            {
             'name': 'Qiaoyin Gan',
             'affiliations': [
              'Institute of Computing Technology, Chinese Academy of Sciences',
             ],
            },
            {
             'name': 'Heng Pan',
             'affiliations': [
              'Computer Network Information Center, Chinese Academy of Sciences',
             ],
            },
            {
             'name': 'Luyang Li',
             'affiliations': [
              'Institute of Computing Technology, Chinese Academy of Sciences',
             ],
            },
            {
             'name': 'Kai Lv',
             'affiliations': [
              'Institute of Computing Technology, Chinese Academy of Sciences',
             ],
            },
            {
             'name': 'Hongtao Guan',
             'affiliations': [
              'Institute of Computing Technology, Chinese Academy of Sciences',
             ],
            },
            {
             'name': 'Zhaohua Wang',
             'affiliations': [
              'Computer Network Information Center, Chinese Academy of Sciences',
             ],
            },
            {
             'name': 'Zhenyu Li',
             'affiliations': [
              'Institute of Computing Technology, Chinese Academy of Sciences',
             ],
            },
            {
             'name': 'Gaogang Xie',
             'affiliations': [
              'Computer Network Information Center, Chinese Academy of Sciences',
             ],
            },
           ],
          },
          {
           'id': 'minos',
           'title': 'Minos: A Lightweight and Dynamic Defense against Traffic Analysis in Programmable Data Planes',
           'page': 399,
           'start': '2025-07-07T16:10:00-04:00',
           'end': '2025-07-07T16:25:00-04:00',
           'authors': [
            {
             'name': 'Zihao Wang',
             'affiliations': [
              'Pengcheng Laboratory and Tsinghua Shenzhen International Graduate School',
             ],
            },
            {
             'name': 'Qing Li',
             'affiliations': [
              'Pengcheng Laboratory',
             ],
            },
            {
             'name': 'Guorui Xie',
             'affiliations': [
              'Pengcheng Laboratory',
             ],
            },
            {
             'name': 'Dan Zhao',
             'affiliations': [
              'Pengcheng Laboratory',
             ],
            },
            {
             'name': 'Kejun Li',
             'affiliations': [
              'Pengcheng Laboratory',
             ],
            },
            {
             'name': 'Zhuochen Fan',
             'affiliations': [
              'Pengcheng Laboratory',
             ],
            },
            {
             'name': 'Lianbo Ma',
             'affiliations': [
              'Northeastern University',
             ],
            },
            {
             'name': 'Yong Jiang',
             'affiliations': [
              'Pengcheng Laboratory and Tsinghua Shenzhen International Graduate School',
             ],
            },
           ],
          },
         ],
        },
        {
         'id': 's06',
         'title': 'Performance: Benchmarking, Caching, and Workload Characterization',
         'track': 'Track 2',
         'start': '2025-07-07T15:25:00-04:00',
         'end': '2025-07-07T16:25:00-04:00',
         'papers': [
          {
           'id': 'generalsparse',
           'title': 'GeneralSparse: Bridging the Gap in SpMM for Pruned Large Language Model Inference on GPUs',
           'page': 417,
           'start': '2025-07-07T15:25:00-04:00',
           'end': '2025-07-07T15:40:00-04:00',
           'authors': [
            {
             'name': 'Yaoyu Wang',
             'affiliations': [
              'SKLP, Institute of Computing Technology, CAS',
              'University of Chinese Academy of Sciences',
             ],
            },
            {
             'name': 'Xiao Guo',
             'affiliations': [
              'SKLP, Institute of Computing Technology, CAS',
              'University of Chinese Academy of Sciences',
             ],
            },
            {
             'name': 'Junmin Xiao',
             'affiliations': [
              'SKLP, Institute of Computing Technology, CAS',
              'University of Chinese Academy of Sciences',
             ],
            },
            {
             'name': 'De Chen',
             'affiliations': [
              'SKLP, Institute of Computing Technology, CAS',
              'University of Chinese Academy of Sciences',
             ],
            },
            {
             'name': 'Guangming Tan',
             'affiliations': [
              'SKLP, Institute of Computing Technology, CAS',
              'University of Chinese Academy of Sciences',
             ],
            },
           ],
          },
          {
           'id': 'hycache',
           'title': 'HyCache: Hybrid Caching for Accelerating DNN Input Preprocessing Pipelines',
           'page': 433,
           'start': '2025-07-07T15:40:00-04:00',
           'end': '2025-07-07T15:55:00-04:00',
           'authors': [
            {
             'name': 'Keshav Vinayak Jha',
             'affiliations': [
              'Independent Researcher',
             ],
            },
            {
             'name': 'Shweta Pandey',
             'affiliations': [
              'Indian Institute of Science',
             ],
            },
            {
             'name': 'Murali Annavaram',
             'affiliations': [
              'University of Southern California',
             ],
            },
            {
             'name': 'Arkaprava Basu',
             'affiliations': [
              'Indian Institute of Science',
             ],
            },
           ],
          },
          {
           'id': 'koala-benchmarks-shell',
           'title': 'The Koala Benchmarks for the Shell: Characterization and Implications',
           'page': 449,
           'start': '2025-07-07T15:55:00-04:00',
           'end': '2025-07-07T16:10:00-04:00',
           'authors': [
            {
             'name': 'Evangelos Lamprou',
             'affiliations': [
              'Brown University',
             ],
            },
            {
             'name': 'Ethan Williams',
             'affiliations': [
              'Brown University',
             ],
            },
            {
             'name': 'Georgios Kaoukis',
             'affiliations': [
              'National Technical University of Athens',
             ],
            },
            {
             'name': 'Zhuoxuan Zhang',
             'affiliations': [
              'Brown University',
             ],
            },
            {
             'name': 'Michael Greenberg',
             'affiliations': [
              'Stevens Institute of Technology',
             ],
            },
            {
             'name': 'Konstantinos Kallas',
             'affiliations': [
              'University of California, Los Angeles',
             ],
            },
            {
             'name': 'Lukas Lazarek',
             'affiliations': [
              'Brown University',
             ],
            },
            {
             'name': 'Nikos Vasilakis',
             'affiliations': [
              'Brown University',
             ],
            },
           ],
          },
          {
           'id': 'kvcache-cache-wild',
           'title': 'KVCache Cache in the Wild: Characterizing and Optimizing KVCache Cache at a Large Cloud Provider',
           'page': 465,
           'start': '2025-07-07T16:10:00-04:00',
           'end': '2025-07-07T16:25:00-04:00',
           'authors': [
            {
             'name': 'Jiahao Wang',
             'affiliations': [
              'Shanghai Jiao Tong University',
             ],
            },
            {
             'name': 'Jinbo Han',
             'affiliations': [
              'Shanghai Jiao Tong University',
             ],
            },
            {
             'name': 'Xingda Wei',
             'affiliations': [
              'Shanghai Jiao Tong University',
             ],
            },
            {
             'name': 'Sijie Shen',
             'affiliations': [
              'Alibaba Group',
             ],
            },
            {
             'name': 'Dingyan Zhang',
             'affiliations': [
              'Shanghai Jiao Tong University',
             ],
            },
            {
             'name': 'Chenguang Fang',
             'affiliations': [
              'Alibaba Group',
             ],
            },
            {
             'name': 'Rong Chen',
             'affiliations': [
              'Shanghai Jiao Tong University',
             ],
            },
            {
             'name': 'Wenjuan Yu',
             'affiliations': [
              'Alibaba Group',
             ],
            },
            {
             'name': 'Haibo Chen',
             'affiliations': [
              'Shanghai Jiao Tong University',
             ],
            },
           ],
          },
         ],
        },
       ],
      },
      {
       'date': '2025-07-08',
       'sessions': [
        {
         'id': 's07',
         'title': 'Storage Innovations: Logs, Tiers, and Modern Flash',
         'track': 'Track 1',
         'start': '2025-07-08T09:00:00-04:00',
         'end': '2025-07-08T10:15:00-04:00',
         'papers': [
          {
           'id': 'logcrisp',
           'title': 'LogCrisp: Fast Aggregated Analysis on Large-scale Compressed Logs by Enabling Two-Phase Pattern Extraction and Vectorized Queries',
           'page': 483,
           'start': '2025-07-08T09:00:00-04:00',
           'end': '2025-07-08T09:15:00-04:00',
           'authors': [
            {
             'name': 'Junyu Wei',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Guangyan Zhang',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Junchao Chen',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Qi Zhou',
             'affiliations': [
              'Alibaba Cloud',
             ],
            },
           ],
          },
          {
           'id': 'hotrap',
           'title': 'HotRAP: Hot Record Retention and Promotion for LSM-trees with Tiered Storage',
           'page': 497,
           'start': '2025-07-08T09:15:00-04:00',
           'end': '2025-07-08T09:30:00-04:00',
           'authors': [
            {
             'name': 'Jiansheng Qiu',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Fangzhou Yuan',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Mingyu Gao',
             'affiliations': [
              'Tsinghua University and Shanghai Qi Zhi Institute',
             ],
            },
            {
             'name': 'Huanchen Zhang',
             'affiliations': [
              'Tsinghua University and Shanghai Qi Zhi Institute',
             ],
            },
           ],
          },
          {
           'id': 'mitigating-resource-usage',
           'title': 'Mitigating Resource Usage Dependency in Sorting-based KV Stores on Hybrid Storage Devices via Operation Decoupling',
           'page': 513,
           'start': '2025-07-08T09:30:00-04:00',
           'end': '2025-07-08T09:45:00-04:00',
           'authors': [
            {
             'name': 'Qingyang Zhang',
             'affiliations': [
              'University of Science and Technology of China',
             ],
            },
            {
             'name': 'Yongkun Li',
             'affiliations': [
              'University of Science and Technology of China',
             ],
            },
            {
             'name': 'Yubiao Pan',
             'affiliations': [
              'Huaqiao University',
             ],
            },
            {
             'name': 'Haoting Tang',
             'affiliations': [
              'University of Science and Technology of China',
             ],
            },
            {
             'name': 'Yinlong Xu',
             'affiliations': [
              'University of Science and Technology of China, and Anhui Provincial Key Laboratory of High Performance Computing',
             ],
            },
           ],
          },
          {
           'id': 'solfs',
           'title': 'SolFS: An Operation-Log Versioning File System for Hash-free Efficient Mobile Cloud Backup',
           'page': 531,
           'start': '2025-07-08T09:45:00-04:00',
           'end': '2025-07-08T10:00:00-04:00',
           'authors': [
            {
             'name': 'Riwei Pan',
             'affiliations': [
              'Department of Computer Science, City University of Hong Kong',
             ],
            },
            {
             'name': 'Yu Liang',
             'affiliations': [
              'ETH Zurich',
             ],
            },
            {
             'name': 'Lei Li',
             'affiliations': [
              'Department of Computer Science, City University of Hong Kong',
             ],
            },
            {
             'name': 'Hongchao Du',
             'affiliations': [
              'Department of Computer Science, City University of Hong Kong',
             ],
            },
            {
             'name': 'Tei-Wei Kuo',
             'affiliations': [
              'Delta Electronics and National Taiwan University',
             ],
            },
            {
             'name': 'Chun Jason Xue',
             'affiliations': [
              'Mohamed bin Zayed University of Artificial Intelligence',
             ],
            },
           ],
          },
          {
           'id': 'z-lfs',
           'title': 'Z-LFS: A Zoned Namespace-tailored Log-structured File System for Commodity Small-zone ZNS SSDs',
           'page': 547,
           'start': '2025-07-08T10:00:00-04:00',
           'end': '2025-07-08T10:15:00-04:00',
           'authors': [
            {
             'name': 'Inhwi Hwang',
             'affiliations': [
              'Seoul National University',
             ],
            },
            {
             'name': 'Sangjin Lee',
             'affiliations': [
              'Chung-Ang University',
             ],
            },
            {
             'name': 'Sunggon Kim',
             'affiliations': [
              'Seoul National University of Science and Technology',
             ],
            },
            {
             'name': 'Hyeonsang Eom',
             'affiliations': [
              'Seoul National University',
             ],
            },
            {
             'name': 'Yongseok Son',
             'affiliations': [
              'Chung-Ang University',
             ],
            },
           ],
          },
         ],
        },
        {
         'id': 's08',
         'title': 'Serving Intelligence: Efficient LLM Inference at the Edge and Cloud',
         'track': 'Track 2',
         'start': '2025-07-08T09:00:00-04:00',
         'end': '2025-07-08T10:15:00-04:00',
         'papers': [
          {
           'id': 'clone',
           'title': 'CLONE: Customizing LLMs for Efficient Latency-Aware Inference at the Edge',
           'page': 563,
           'start': '2025-07-08T09:00:00-04:00',
           'end': '2025-07-08T09:15:00-04:00',
           'authors': [
            {
             'name': 'Chunlin Tian',
             'affiliations': [
              'University of Macau',
             ],
            },
            {
             'name': 'Xinpeng Qin',
             'affiliations': [
              'University of Macau',
             ],
            },
            {
             'name': 'Kahou Tam',
             'affiliations': [
              'University of Macau',
             ],
            },
            {
             'name': 'Li Li',
             'affiliations': [
              'University of Macau',
             ],
            },
            {
             'name': 'Zijian Wang',
             'affiliations': [
              'University of Macau',
             ],
            },
            {
             'name': 'Yuanzhe Zhao',
             'affiliations': [
              'University of Macau',
             ],
            },
            {
             'name': 'Minglei Zhang',
             'affiliations': [
              'University of Macau',
             ],
            },
            {
             'name': 'Chengzhong Xu',
             'affiliations': [
              'University of Macau',
             ],
            },
           ],
          },
          {
           'id': 'weaver',
           'title': 'WEAVER: Efficient Multi-LLM Serving with Attention Offloading',
           'page': 587,
           'start': '2025-07-08T09:15:00-04:00',
           'end': '2025-07-08T09:30:00-04:00',
           'authors': [
            {
             'name': 'Shiwei Gao',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Qing Wang',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Shaoxun Zeng',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Youyou Lu',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Jiwu Shu',
             'affiliations': [
              'Tsinghua University',
             ],
            },
           ],
          },
          {
           'id': 'torpor',
           'title': 'Torpor: GPU-Enabled Serverless Computing for Low-Latency, Resource-Efficient Inference',
           'page': 597,
           'start': '2025-07-08T09:30:00-04:00',
           'end': '2025-07-08T09:45:00-04:00',
           'authors': [
            {
             'name': 'Minchen Yu',
             'affiliations': [
              'The Chinese University of Hong Kong, Shenzhen',
              'Hong Kong University of Science and Technology',
             ],
            },
            {
             'name': 'Ao Wang',
             'affiliations': [
              'Alibaba Group',
             ],
            },
            {
             'name': 'Dong Chen',
             'affiliations': [
              'Hong Kong University of Science and Technology',
             ],
            },
            {
             'name': 'Haoxuan Yu',
             'affiliations': [
              'Hong Kong University of Science and Technology',
             ],
            },
            {
             'name': 'Xiaonan Luo',
             'affiliations': [
              'Hong Kong University of Science and Technology',
             ],
            },
            {
             'name': 'Zhuohao Li',
             'affiliations': [
              'Hong Kong University of Science and Technology',
             ],
            },
            {
             'name': 'Wei Wang',
             'affiliations': [
              'Hong Kong University of Science and Technology',
             ],
            },
            {
             'name': 'Ruichuan Chen',
             'affiliations': [
              'Nokia Bell Labs',
             ],
            },
            {
             'name': 'Dapeng Nie',
             'affiliations': [
              'Alibaba Group',
             ],
            },
            {
             'name': 'Haoran Yang',
             'affiliations': [
              'Alibaba Group',
             ],
            },
            {
             'name': 'Yu Ding',
             'affiliations': [
              'Alibaba Group',
             ],
            },
           ],
          },
          {
           'id': 'toppings',
           'title': 'TOPPINGS: CPU-Assisted, Rank-Aware Adapter Serving for LLM Inference',
           'page': 613,
           'start': '2025-07-08T09:45:00-04:00',
           'end': '2025-07-08T10:00:00-04:00',
           'authors': [
            {
             'name': 'Suyi Li',
             'affiliations': [
              'Hong Kong University of Science and Technology',
             ],
            },
            {
             'name': 'Hanfeng Lu',
             'affiliations': [
              'Hong Kong University of Science and Technology',
             ],
            },
            {
             'name': 'Tianyuan Wu',
             'affiliations': [
              'Hong Kong University of Science and Technology',
             ],
            },
            {
             'name': 'Minchen Yu',
             'affiliations': [
              'The Chinese University of Hong Kong, Shenzhen',
             ],
            },
            {
             'name': 'Qizhen Weng',
             'affiliations': [
              'TeleAI, China Telecom',
             ],
            },
            {
             'name': 'Xusheng Chen',
             'affiliations': [
              'Huawei Cloud',
             ],
            },
            {
             'name': 'Yizhou Shan',
             'affiliations': [
              'Huawei Cloud',
             ],
            },
            {
             'name': 'Binhang Yuan',
             'affiliations': [
              'Hong Kong University of Science and Technology',
             ],
            },
            {
             'name': 'Wei Wang',
             'affiliations': [
              'Hong Kong University of Science and Technology',
             ],
            },
           ],
          },
          {
           'id': 'qfactory',
           'title': 'QFactory: Accelerating Quantized Large Language Model Serving with Qtile Graphs',
           'page': 631,
           'start': '2025-07-08T10:00:00-04:00',
           'end': '2025-07-08T10:15:00-04:00',
           'authors': [
            {
             'name': 'Qihao Zhang',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Mingshu Zhai',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Rui Sun',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Jidong Zhai',
             'affiliations': [
              'Tsinghua University',
             ],
            },
           ],
          },
         ],
        },
        {
         'id': 's09',
         'title': 'Optimizing ML Execution: Compilers, Pipelines, and Runtimes',
         'track': 'Track 1',
         'start': '2025-07-08T10:45:00-04:00',
         'end': '2025-07-08T11:45:00-04:00',
         'papers': [
          {
           'id': 'plus',
           'title': 'PluS: Highly Efficient and Expandable ML Compiler with Pluggable Graph Schedules',
           'page': 647,
           'start': '2025-07-08T10:45:00-04:00',
           'end': '2025-07-08T11:00:00-04:00',
           'authors': [
            {
             'name': 'Ruofan Wu',
             'affiliations': [
              'Renmin University of China',
             ],
            },
            {
             'name': 'Zhen Zheng',
             'affiliations': [
              'Microsoft',
             ],
            },
            {
             'name': 'Feng Zhang',
             'affiliations': [
              'Renmin University of China',
             ],
            },
            {
             'name': 'Chuanjie Liu',
             'affiliations': [
              'Microsoft',
             ],
            },
            {
             'name': 'Zaifeng Pan',
             'affiliations': [
              'Renmin University of China',
             ],
            },
            {
             'name': 'Jidong Zhai',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Xiaoyong Du',
             'affiliations': [
              'Renmin University of China',
             ],
            },
           ],
          },
          {
           'id': 'obscura',
           'title': 'Obscura: Concealing Recomputation Overhead in Training of Large Language Models with Bubble-filling Pipeline Transformation',
           'page': 665,
           'start': '2025-07-08T11:00:00-04:00',
           'end': '2025-07-08T11:15:00-04:00',
           'authors': [
            {
             'name': 'Yuzhou Huang',
             'affiliations': [
              'Sun Yat-sen University',
             ],
            },
            {
             'name': 'Yapeng Jiang',
             'affiliations': [
              'Sun Yat-sen University',
             ],
            },
            {
             'name': 'Zicong Hong',
             'affiliations': [
              'Hong Kong University of Science and Technology',
             ],
            },
            {
             'name': 'Wuhui Chen',
             'affiliations': [
              'Sun Yat-sen University',
             ],
            },
            {
             'name': 'Bin Wang',
             'affiliations': [
              'Huawei Technologies',
             ],
            },
            {
             'name': 'Weixi Zhu',
             'affiliations': [
              'Huawei Technologies',
             ],
            },
            {
             'name': 'Yue Yu',
             'affiliations': [
              'Peng Cheng Laboratory',
             ],
            },
            {
             'name': 'Zibin Zheng',
             'affiliations': [
              'Sun Yat-sen University',
             ],
            },
           ],
          },
          {
           'id': 'ppipe',
           'title': 'PPipe: Efficient Video Analytics Serving on Heterogeneous GPU Clusters via Pool-Based Pipeline Parallelism',
           'page': 679,
           'start': '2025-07-08T11:15:00-04:00',
           'end': '2025-07-08T11:30:00-04:00',
           'authors': [
            {
             'name': 'Z. Jonny Kong',
             'affiliations': [
              'Purdue University',
             ],
            },
            {
             'name': 'Qiang Xu',
             'affiliations': [
              'Purdue University',
             ],
            },
            {
             'name': 'Y. Charlie Hu',
             'affiliations': [
              'Purdue University',
             ],
            },
           ],
          },
          {
           'id': 'voltrix',
           'title': 'Voltrix: Sparse Matrix-Matrix Multiplication on Tensor Cores with Asynchronous and Balanced Kernel Optimization',
           'page': 699,
           'start': '2025-07-08T11:30:00-04:00',
           'end': '2025-07-08T11:45:00-04:00',
           'authors': [
            {
             'name': 'Yaqi Xia',
             'affiliations': [
              'Wuhan University',
             ],
            },
            {
             'name': 'Weihua Wang',
             'affiliations': [
              'Wuhan University',
             ],
            },
            {
             'name': 'Donglin Yang',
             'affiliations': [
              'Nvidia Corporation',
             ],
            },
            {
             'name': 'Xiaobo Zhou',
             'affiliations': [
              'University of Macau',
             ],
            },
            {
             'name': 'Dazhao Cheng',
             'affiliations': [
              'Wuhan University',
             ],
            },
           ],
          },
         ],
        },
        {
         'id': 's10',
         'title': 'Resilient Systems: Failure Detection, Consistency, and Scalability',
         'track': 'Track 2',
         'start': '2025-07-08T10:45:00-04:00',
         'end': '2025-07-08T11:45:00-04:00',
         'papers': [
          {
           'id': 'netkeeper',
           'title': 'NetKeeper: Enhancing Network Resilience with Autonomous Network Configuration Update on Traffic Patterns and Anomalies',
           'page': 715,
           'start': '2025-07-08T10:45:00-04:00',
           'end': '2025-07-08T11:00:00-04:00',
           'authors': [
            {
             'name': 'Zhaoyang Wan',
             'affiliations': [
              'State Key Laboratory of Networking and Switching Technology, Beijing University of Posts and Telecommunications',
             ],
            },
            {
             'name': 'Rongxin Han',
             'affiliations': [
              'State Key Laboratory of Networking and Switching Technology, Beijing University of Posts and Telecommunications',
             ],
            },
            {
             'name': 'Haifeng Sun',
             'affiliations': [
              'State Key Laboratory of Networking and Switching Technology, Beijing University of Posts and Telecommunications',
             ],
            },
            {
             'name': 'Qi Qi',
             'affiliations': [
              'State Key Laboratory of Networking and Switching Technology, Beijing University of Posts and Telecommunications',
             ],
            },
            {
             'name': 'Zirui Zhuang',
             'affiliations': [
              'State Key Laboratory of Networking and Switching Technology, Beijing University of Posts and Telecommunications',
             ],
            },
            {
             'name': 'Bo He',
             'affiliations': [
              'State Key Laboratory of Networking and Switching Technology, Beijing University of Posts and Telecommunications',
             ],
            },
            {
             'name': 'Liang Zhang',
             'affiliations': [
              'Huawei Technologies Co., Ltd',
             ],
            },
            {
             'name': 'Jianxin Liao',
             'affiliations': [
              'State Key Laboratory of Networking and Switching Technology, Beijing University of Posts and Telecommunications',
             ],
            },
            {
             'name': 'Jingyu Wang',
             'affiliations': [
              'State Key Laboratory of Networking and Switching Technology, Beijing University of Posts and Telecommunications',
             ],
            },
           ],
          },
          {
           'id': 'greyhound',
           'title': 'GREYHOUND: Hunting Fail-Slows in Hybrid-Parallel Training at Scale',
           'page': 731,
           'start': '2025-07-08T11:00:00-04:00',
           'end': '2025-07-08T11:15:00-04:00',
           'authors': [
            {
             'name': 'Tianyuan Wu',
             'affiliations': [
              'Hong Kong University of Science and Technology',
             ],
            },
            {
             'name': 'Wei Wang',
             'affiliations': [
              'Hong Kong University of Science and Technology',
             ],
            },
            {
             'name': 'Yinghao Yu',
             'affiliations': [
              'Alibaba Group',
             ],
            },
            {
             'name': 'Siran Yang',
             'affiliations': [
              'Alibaba Group',
             ],
            },
            {
             'name': 'Wenchao Wu',
             'affiliations': [
              'Alibaba Group',
             ],
            },
            {
             'name': 'Qinkai Duan',
             'affiliations': [
              'Hong Kong University of Science and Technology',
             ],
            },
            {
             'name': 'Guodong Yang',
             'affiliations': [
              'Alibaba Group',
             ],
            },
            {
             'name': 'Jiamang Wang',
             'affiliations': [
              'Alibaba Group',
             ],
            },
            {
             'name': 'Lin Qu',
             'affiliations': [
              'Alibaba Group',
             ],
            },
            {
             'name': 'Liping Zhang',
             'affiliations': [
              'Alibaba Group',
             ],
            },
           ],
          },
          {
           'id': 'crash-consistency-block',
           'title': 'Crash Consistency in Block-Level Caching Systems: An Open CAS Case Study',
           'page': 749,
           'start': '2025-07-08T11:15:00-04:00',
           'end': '2025-07-08T11:30:00-04:00',
           'authors': [
            {
             'name': 'Shaohua Duan',
             'affiliations': [
              'Washington State University',
             ],
            },
            {
             'name': 'Youmin Chen',
             'affiliations': [
              'Shanghai Jiao Tong University',
             ],
            },
           ],
          },
          {
           'id': 'fide',
           'title': 'FiDe: Reliable and Fast Crash Failure Detection to Boost Datacenter Coordination',
           'page': 765,
           'start': '2025-07-08T11:30:00-04:00',
           'end': '2025-07-08T11:45:00-04:00',
           'authors': [
            {
             'name': 'Davide Rovelli',
             'affiliations': [
              'Università della Svizzera Italiana and SAP SE',
             ],
            },
            {
             'name': 'Pavel Chuprikov',
             'affiliations': [
              'Télécom Paris and Institut Polytechnique de Paris',
             ],
            },
            {
             'name': 'Philipp Berdesinski',
             'affiliations': [
              'turba',
             ],
            },
            {
             'name': 'Ali Pahlevan',
             'affiliations': [
              'SAP SE',
             ],
            },
            {
             'name': 'Patrick Jahnke',
             'affiliations': [
              'turba',
             ],
            },
            {
             'name': 'Patrick Eugster',
             'affiliations': [
              'Università della Svizzera Italiana',
             ],
            },
           ],
          },
         ],
        },
        {
         'id': 's11',
         'title': 'Network Performance & Protocols: From Space to VR',
         'track': 'Track 1',
         'start': '2025-07-08T13:15:00-04:00',
         'end': '2025-07-08T14:30:00-04:00',
         'papers': [
          {
           'id': 'leocraft',
           'title': 'LEOCraft: Towards Designing Performant LEO Networks',
           'page': 789,
           'start': '2025-07-08T13:15:00-04:00',
           'end': '2025-07-08T13:30:00-04:00',
           'authors': [
            {
             'name': 'Suvam Basak',
             'affiliations': [
              'Indian Institute of Technology Kanpur',
             ],
            },
            {
             'name': 'Amitangshu Pal',
             'affiliations': [
              'Indian Institute of Technology Kanpur',
             ],
            },
            {
             'name': 'Debopam Bhattacharjee',
             'affiliations': [
              'Microsoft Research India',
             ],
            },
           ],
          },
          {
           'id': 'emulating-space-computing',
           'title': 'Emulating Space Computing Networks with RHONE',
           'page': 815,
           'start': '2025-07-08T13:30:00-04:00',
           'end': '2025-07-08T13:45:00-04:00',
           'authors': [
            {
             'name': 'Liyang Wang',
             'affiliations': [
              'Peking University',
             ],
            },
            {
             'name': 'Qing Li',
             'affiliations': [
              'Beijing University of Posts and Telecommunications',
             ],
            },
            {
             'name': 'Yuhan Zhou',
             'affiliations': [
              'Peking University',
             ],
            },
            {
             'name': 'Zhaofeng Luo',
             'affiliations': [
              'Peking University',
             ],
            },
            {
             'name': 'Donghao Zhang',
             'affiliations': [
              'Beijing University of Posts and Telecommunications',
             ],
            },
            {
             'name': 'Shangguang Wang',
             'affiliations': [
              'Beijing University of Posts and Telecommunications',
             ],
            },
            {
             'name': 'Xuanzhe Liu',
             'affiliations': [
              'Peking University',
              'Key Laboratory of High Confidence Software Technologies, Ministry of Education (PKU)',
             ],
            },
            {
             'name': 'Chenren Xu',
             'affiliations': [
              'Peking University',
              'Key Laboratory of High Confidence Software Technologies, Ministry of Education (PKU)',
             ],
            },
           ],
          },
          {
           'id': 'roaming-free-vr',
           'title': 'Roaming Free in the VR World with MP²',
           'page': 833,
           'start': '2025-07-08T13:45:00-04:00',
           'end': '2025-07-08T14:00:00-04:00',
           'authors': [
            {
             'name': 'Yifei Xu',
             'affiliations': [
              'University of California, Los Angeles',
             ],
            },
            {
             'name': 'Xumiao Zhang',
             'affiliations': [
              'University of Michigan and Alibaba Cloud',
             ],
            },
            {
             'name': 'Yuning Chen',
             'affiliations': [
              'University of California, Merced',
             ],
            },
            {
             'name': 'Pan Hu',
             'affiliations': [
              'Uber Technologies, Inc.',
             ],
            },
            {
             'name': 'Xuan Zeng',
             'affiliations': [
              'Alibaba Cloud',
             ],
            },
            {
             'name': 'Zhilong Zheng',
             'affiliations': [
              'Alibaba Cloud',
             ],
            },
            {
             'name': 'Xianshang Lin',
             'affiliations': [
              'Alibaba Cloud',
             ],
            },
            {
             'name': 'Yanmei Liu',
             'affiliations': [
              'Alibaba Cloud',
             ],
            },
            {
             'name': 'Songwu Lu',
             'affiliations': [
              'University of California, Los Angeles',
             ],
            },
            {
             'name': 'Z. Morley Mao',
             'affiliations': [
              'University of Michigan',
             ],
            },
            {
             'name': 'Wan Du',
             'affiliations': [
              'University of California, Merced',
             ],
            },
            {
             'name': 'Dennis Cai',
             'affiliations': [
              'Alibaba Cloud',
             ],
            },
            {
             'name': 'Ennan Zhai',
             'affiliations': [
              'Alibaba Cloud',
             ],
            },
            {
             'name': 'Yunfei Ma',
             'affiliations': [
              'Uber Technologies, Inc.',
             ],
            },
           ],
          },
          {
           'id': 'storm',
           'title': 'STORM: a Multipath QUIC Scheduler for Quick Streaming Media Transport under Unstable Mobile Networks',
           'page': 851,
           'start': '2025-07-08T14:00:00-04:00',
           'end': '2025-07-08T14:15:00-04:00',
           'authors': [
            {
             'name': 'Liekun Hu',
             'affiliations': [
              'East China Normal University, Jianghuai Advance Technology Center, and MoE Engineering Research Center of Hardware/Software Co-Design Technology and Application',
             ],
            },
            {
             'name': 'Changlong Li',
             'affiliations': [
              'East China Normal University, Jianghuai Advance Technology Center, and MoE Engineering Research Center of Hardware/Software Co-Design Technology and Application',
             ],
            },
           ],
          },
          {
           'id': 'internet-connection',
           'title': "Internet Connection Splitting: What's Old is New Again",
           'page': 867,
           'start': '2025-07-08T14:15:00-04:00',
           'end': '2025-07-08T14:30:00-04:00',
           'authors': [
            {
             'name': 'Gina Yuan',
             'affiliations': [
              'Stanford University',
             ],
            },
            {
             'name': 'Thea Rossman',
             'affiliations': [
              'Stanford University',
             ],
            },
            {
             'name': 'Keith Winstein',
             'affiliations': [
              'Stanford University',
             ],
            },
           ],
          },
         ],
        },
        {
         'id': 's12',
         'title': 'Distributed Systems: Communication, Consensus, and Data Structures',
         'track': 'Track 2',
         'start': '2025-07-08T13:15:00-04:00',
         'end': '2025-07-08T14:30:00-04:00',
         'papers': [
          {
           'id': 'wic',
           'title': 'WIC: Hiding Producer-Consumer Synchronization Delays with Warp-Level Interrupt-based GPU Communications',
           'page': 889,
           'start': '2025-07-08T13:15:00-04:00',
           'end': '2025-07-08T13:30:00-04:00',
           'authors': [
            {
             'name': 'Jiajian Zhang',
             'affiliations': [
              "Xi'an Jiaotong-Liverpool University and University of Liverpool",
             ],
            },
            {
             'name': 'Fangyu Wu',
             'affiliations': [
              "Xi'an Jiaotong-Liverpool University",
             ],
            },
            {
             'name': 'Hai Jiang',
             'affiliations': [
              'Beijing University of Posts and Telecommunications',
             ],
            },
            {
             'name': 'Qiufeng Wang',
             'affiliations': [
              "Xi'an Jiaotong-Liverpool University",
             ],
            },
            {
             'name': 'Genlang Chen',
             'affiliations': [
              'NingboTech University',
             ],
            },
            {
             'name': 'Chaoyi Pang',
             'affiliations': [
              'NingboTech University',
             ],
            },
           ],
          },
          {
           'id': 'primus',
           'title': 'Primus: Unified Training System for Large-Scale Deep Learning Recommendation Models',
           'page': 905,
           'start': '2025-07-08T13:30:00-04:00',
           'end': '2025-07-08T13:45:00-04:00',
           'authors': [
            {
             'name': 'Jixi Shan',
             'affiliations': [
              'ByteDance Inc.',
             ],
            },
            {
             'name': 'Xiuqi Huang',
             'affiliations': [
              'Zhejiang University',
             ],
            },
            {
             'name': 'Yang Guo',
             'affiliations': [
              'ByteDance Inc.',
             ],
            },
            {
             'name': 'Hongyue Mao',
             'affiliations': [
              'ByteDance Inc.',
             ],
            },
            {
             'name': 'Ho-Pang Hsu',
             'affiliations': [
              'ByteDance Inc.',
             ],
            },
            {
             'name': 'Hang Cheng',
             'affiliations': [
              'ByteDance Inc.',
             ],
            },
            {
             'name': 'Can Wang',
             'affiliations': [
              'ByteDance Inc.',
             ],
            },
            {
             'name': 'Jun Song',
             'affiliations': [
              'ByteDance Inc.',
             ],
            },
            {
             'name': 'Rui Shi',
             'affiliations': [
              'Bytedance Inc.',
             ],
            },
            {
             'name': 'Xiaofeng Gao',
             'affiliations': [
              'Shanghai Jiao Tong University',
             ],
            },
            {
             'name': 'Jingwei Xu',
             'affiliations': [
              'ByteDance Inc.',
             ],
            },
            {
             'name': 'Shiru Ren',
             'affiliations': [
              'ByteDance Inc.',
             ],
            },
            {
             'name': 'Jiaxiao Zheng',
             'affiliations': [
              'ByteDance Inc.',
             ],
            },
            {
             'name': 'Hua Huang',
             'affiliations': [
              'ByteDance Inc.',
             ],
            },
            {
             'name': 'Lele Yu',
             'affiliations': [
              'ByteDance Inc.',
             ],
            },
            {
             'name': 'Peng Xu',
             'affiliations': [
              'ByteDance Inc.',
             ],
            },
            {
             'name': 'Guihai Chen',
             'affiliations': [
              'Shanghai Jiao Tong University',
             ],
            },
           ],
          },
          {
           'id': 'chitu',
           'title': 'Chitu: Avoiding Unnecessary Fallback in Byzantine Consensus',
           'page': 923,
           'start': '2025-07-08T13:45:00-04:00',
           'end': '2025-07-08T14:00:00-04:00',
           'authors': [
            {
             'name': 'Rongji Huang',
             'affiliations': [
              'Shanghai Jiao Tong University',
             ],
            },
            {
             'name': 'Xiangzhe Wang',
             'affiliations': [
              'Shanghai Jiao Tong University',
             ],
            },
            {
             'name': 'Xiaofeng Yan',
             'affiliations': [
              'Shanghai Jiao Tong University',
             ],
            },
            {
             'name': 'Lei Fan',
             'affiliations': [
              'Shanghai Jiao Tong University',
             ],
            },
            {
             'name': 'Guangtao Xue',
             'affiliations': [
              'Shanghai Jiao Tong University and Shanghai Key Laboratory of Trusted Data Circulation, Governance and Web3',
             ],
            },
            {
             'name': 'Shengyun Liu',
             'affiliations': [
              'Shanghai Jiao Tong University and Shanghai Key Laboratory of Trusted Data Circulation, Governance and Web3',
             ],
            },
           ],
          },
          {
           'id': 'fast-distributed',
           'title': 'Fast Distributed Transactions for RDMA-based Disaggregated Memory',
           'page': 943,
           'start': '2025-07-08T14:00:00-04:00',
           'end': '2025-07-08T14:15:00-04:00',
           'authors': [
            {
             'name': 'Haodi Lu',
             'affiliations': [
              'Huazhong University of Science and Technology',
             ],
            },
            {
             'name': 'Haikun Liu',
             'affiliations': [
              'Huazhong University of Science and Technology',
             ],
            },
            {
             'name': 'Yujian Zhang',
             'affiliations': [
              'Huazhong University of Science and Technology',
             ],
            },
            {
             'name': 'Zhuohui Duan',
             'affiliations': [
              'Huazhong University of Science and Technology',
             ],
            },
            {
             'name': 'Xiaofei Liao',
             'affiliations': [
              'Huazhong University of Science and Technology',
             ],
            },
            {
             'name': 'Hai Jin',
             'affiliations': [
              'Huazhong University of Science and Technology',
             ],
            },
            {
             'name': 'Yu Zhang',
             'affiliations': [
              'Huazhong University of Science and Technology',
             ],
            },
           ],
          },
          {
           'id': 'cuckoo-for-clients',
           'title': 'Cuckoo for Clients: Disaggregated Cuckoo Hashing',
           'page': 959,
           'start': '2025-07-08T14:15:00-04:00',
           'end': '2025-07-08T14:30:00-04:00',
           'authors': [
            {
             'name': 'Stewart Grant',
             'affiliations': [
              'UC San Diego',
             ],
            },
            {
             'name': 'Alex C. Snoeren',
             'affiliations': [
              'UC San Diego',
             ],
            },
           ],
          },
         ],
        },
        {
         'id': 's13',
         'title': 'Virtualization and Isolation: Security, Sharing, and Performance',
         'track': 'Track 1',
         'start': '2025-07-08T15:00:00-04:00',
         'end': '2025-07-08T16:00:00-04:00',
         'papers': [
          {
           'id': 'liteshield',
           'title': 'LITESHIELD: Secure Containers via Lightweight, Composable Userspace μKernel Services',
           'page': 973,
           'start': '2025-07-08T15:00:00-04:00',
           'end': '2025-07-08T15:15:00-04:00',
           'authors': [
            {
             'name': 'Kaesi Manakkal',
             'affiliations': [
              'The University of Texas at Arlington',
             ],
            },
            {
             'name': 'Nathan Daughety',
             'affiliations': [
              'Air Force Research Laboratory (AFRL)',
             ],
            },
            {
             'name': 'Marcus Pendleton',
             'affiliations': [
              'Air Force Research Laboratory (AFRL)',
             ],
            },
            {
             'name': 'Hui Lu',
             'affiliations': [
              'The University of Texas at Arlington',
             ],
            },
           ],
          },
          {
           'id': 'accelerating-nested',
           'title': 'Accelerating Nested Virtualization with HyperTurtle',
           'page': 987,
           'start': '2025-07-08T15:15:00-04:00',
           'end': '2025-07-08T15:30:00-04:00',
           'authors': [
            {
             'name': 'Ori Ben Zur',
             'affiliations': [
              'Technion - Israel Institute of Technology',
             ],
            },
            {
             'name': 'Jakob Krebs',
             'affiliations': [
              'Technion - Israel Institute of Technology',
             ],
            },
            {
             'name': 'Shai Aviram Bergman',
             'affiliations': [
              'Huawei Zurich Research Center',
             ],
            },
            {
             'name': 'Mark Silberstein',
             'affiliations': [
              'Technion - Israel Institute of Technology',
             ],
            },
           ],
          },
          {
           'id': 'efficient-performance',
           'title': 'Efficient Performance-Aware GPU Sharing with Compatibility and Isolation through Kernel Space Interception',
           'page': 1003,
           'start': '2025-07-08T15:30:00-04:00',
           'end': '2025-07-08T15:45:00-04:00',
           'authors': [
            {
             'name': 'Shulai Zhang',
             'affiliations': [
              'Shanghai Jiao Tong University',
             ],
            },
            {
             'name': 'Ao Xu',
             'affiliations': [
              'Shanghai Jiao Tong University',
             ],
            },
            {
             'name': 'Quan Chen',
             'affiliations': [
              'Shanghai Jiao Tong University',
             ],
            },
            {
             'name': 'Han Zhao',
             'affiliations': [
              'Shanghai Jiao Tong University',
             ],
            },
            {
             'name': 'Weihao Cui',
             'affiliations': [
              'Shanghai Jiao Tong University',
             ],
            },
            {
             'name': 'Zhen Wang',
             'affiliations': [
              'Lenovo',
             ],
            },
            {
             'name': 'Yan Li',
             'affiliations': [
              'Lenovo',
             ],
            },
            {
             'name': 'Limin Xiao',
             'affiliations': [
              'Lenovo',
             ],
            },
            {
             'name': 'Minyi Guo',
             'affiliations': [
              'Shanghai Jiao Tong University',
             ],
            },
           ],
          },
          {
           'id': 'anchornet',
           'title': 'AnchorNet: Bridging Live and Collaborative Streaming with a Unified Architecture',
           'page': 1021,
           'start': '2025-07-08T15:45:00-04:00',
           'end': '2025-07-08T16:00:00-04:00',
           'authors': [
            {
             'name': 'Tong Meng',
             'affiliations': [
              'ByteDance',
             ],
            },
            {
             'name': 'Wei Zhang',
             'affiliations': [
              'ByteDance',
             ],
            },
            {
             'name': 'Dong Chen',
             'affiliations': [
              'ByteDance',
             ],
            },
            {
             'name': 'Zhen Wang',
             'affiliations': [
              'ByteDance',
             ],
            },
            {
             'name': 'Quanqing Li',
             'affiliations': [
              'ByteDance',
             ],
            },
            {
             'name': 'Changqing Yan',
             'affiliations': [
              'ByteDance',
             ],
            },
            {
             'name': 'Wei Yang',
             'affiliations': [
              'ByteDance',
             ],
            },
            {
             'name': 'Chao Yuan',
             'affiliations': [
              'ByteDance',
             ],
            },
            {
             'name': 'Le Zhang',
             'affiliations': [
              'ByteDance',
             ],
            },
            {
             'name': 'Jianxin Kuang',
             'affiliations': [
              'ByteDance',
             ],
            },
            {
             'name': 'Jianlin Xu',
             'affiliations': [
              'ByteDance',
             ],
            },
           ],
          },
         ],
        },
        {
         'id': 's14',
         'title': 'Scaling Complex Models: Distribution, Heterogeneity, and Efficiency',
         'track': 'Track 2',
         'start': '2025-07-08T15:00:00-04:00',
         'end': '2025-07-08T16:00:00-04:00',
         'papers': [
          {
           'id': 'katz',
           'title': 'KATZ: Efficient Workflow Serving for Diffusion Models with Many Adapters',
           'page': 1037,
           'start': '2025-07-08T15:00:00-04:00',
           'end': '2025-07-08T15:15:00-04:00',
           'authors': [
            {
             'name': 'Suyi Li',
             'affiliations': [
              'Hong Kong University of Science and Technology',
             ],
            },
            {
             'name': 'Lingyun Yang',
             'affiliations': [
              'Hong Kong University of Science and Technology',
             ],
            },
            {
             'name': 'Xiaoxiao Jiang',
             'affiliations': [
              'Hong Kong University of Science and Technology',
             ],
            },
            {
             'name': 'Hanfeng Lu',
             'affiliations': [
              'Hong Kong University of Science and Technology',
             ],
            },
            {
             'name': 'Dakai An',
             'affiliations': [
              'Hong Kong University of Science and Technology',
             ],
            },
            {
             'name': 'Zhipeng Di',
             'affiliations': [
              'Alibaba Group',
             ],
            },
            {
             'name': 'Weiyi Lu',
             'affiliations': [
              'Alibaba Group',
             ],
            },
            {
             'name': 'Jiawei Chen',
             'affiliations': [
              'Alibaba Group',
             ],
            },
            {
             'name': 'Kan Liu',
             'affiliations': [
              'Alibaba Group',
             ],
            },
            {
             'name': 'Yinghao Yu',
             'affiliations': [
              'Alibaba Group',
             ],
            },
            {
             'name': 'Tao Lan',
             'affiliations': [
              'Alibaba Group',
             ],
            },
            {
             'name': 'Guodong Yang',
             'affiliations': [
              'Alibaba Group',
             ],
            },
            {
             'name': 'Lin Qu',
             'affiliations': [
              'Alibaba Group',
             ],
            },
            {
             'name': 'Liping Zhang',
             'affiliations': [
              'Alibaba Group',
             ],
            },
            {
             'name': 'Wei Wang',
             'affiliations': [
              'Hong Kong University of Science and Technology',
             ],
            },
           ],
          },
          {
           'id': 'popfetcher',
           'title': 'PopFetcher: Towards Accelerated Mixture-of-Experts Training Via Popularity Based Expert-Wise Prefetch',
           'page': 1053,
           'start': '2025-07-08T15:15:00-04:00',
           'end': '2025-07-08T15:30:00-04:00',
           'authors': [
            {
             'name': 'Junyi Zhang',
             'affiliations': [
              'Huazhong University of Science and Technology',
             ],
            },
            {
             'name': 'Chuanhu Ma',
             'affiliations': [
              'Huazhong University of Science and Technology',
             ],
            },
            {
             'name': 'Xiong Wang',
             'affiliations': [
              'Huazhong University of Science and Technology',
             ],
            },
            {
             'name': 'Yuntao Nie',
             'affiliations': [
              'Huazhong University of Science and Technology',
             ],
            },
            {
             'name': 'Yuqing Li',
             'affiliations': [
              'Wuhan University',
             ],
            },
            {
             'name': 'Yuedong Xu',
             'affiliations': [
              'Fudan University',
             ],
            },
            {
             'name': 'Xiaofei Liao',
             'affiliations': [
              'Huazhong University of Science and Technology',
             ],
            },
            {
             'name': 'Bo Li',
             'affiliations': [
              'Hong Kong University of Science and Technology',
             ],
            },
            {
             'name': 'Hai Jin',
             'affiliations': [
              'Huazhong University of Science and Technology',
             ],
            },
           ],
          },
          {
           'id': 'hypreca',
           'title': 'HYPRECA: Distributed Heterogeneous In-Memory Embedding Database for Training Recommender Models',
           'page': 1071,
           'start': '2025-07-08T15:30:00-04:00',
           'end': '2025-07-08T15:45:00-04:00',
           'authors': [
            {
             'name': 'Jiaao He',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Shengqi Chen',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Kezhao Huang',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Jidong Zhai',
             'affiliations': [
              'Tsinghua University',
             ],
            },
           ],
          },
          {
           'id': 'crosspipe',
           'title': 'CrossPipe: Towards Optimal Pipeline Schedules for Cross-Datacenter Training',
           'page': 1089,
           'start': '2025-07-08T15:45:00-04:00',
           'end': '2025-07-08T16:00:00-04:00',
           'authors': [
            {
             'name': 'Tiancheng Chen',
             'affiliations': [
              'ETH Zurich',
             ],
            },
            {
             'name': 'Ales Kubicek',
             'affiliations': [
              'ETH Zurich',
             ],
            },
            {
             'name': 'Langwen Huang',
             'affiliations': [
              'ETH Zurich',
             ],
            },
            {
             'name': 'Torsten Hoefler',
             'affiliations': [
              'ETH Zurich',
             ],
            },
           ],
          },
         ],
        },
       ],
      },
      {
       'date': '2025-07-09',
       'sessions': [
        {
         'id': 's15',
         'title': 'Hunting Elusive Bugs: Verification and Analysis from Compilers to Hardware',
         'track': 'Track 1',
         'start': '2025-07-09T09:00:00-04:00',
         'end': '2025-07-09T10:15:00-04:00',
         'papers': [
          {
           'id': 'unveiling-compiler-faults',
           'title': 'Unveiling Compiler Faults via Attribute-Guided Compilation Space Exploration',
           'page': 1109,
           'start': '2025-07-09T09:00:00-04:00',
           'end': '2025-07-09T09:15:00-04:00',
           'authors': [
            {
             'name': 'Jiangchang Wu',
             'affiliations': [
              'State Key Laboratory for Novel Software Technology, Nanjing University',
             ],
            },
            {
             'name': 'Yibiao Yang',
             'affiliations': [
              'State Key Laboratory for Novel Software Technology, Nanjing University',
             ],
            },
            {
             'name': 'Maolin Sun',
             'affiliations': [
              'State Key Laboratory for Novel Software Technology, Nanjing University',
             ],
            },
            {
             'name': 'Yuming Zhou',
             'affiliations': [
              'State Key Laboratory for Novel Software Technology, Nanjing University',
             ],
            },
           ],
          },
          {
           'id': 'understanding-detecting',
           'title': 'Understanding and Detecting Fail-Slow Hardware Failure Bugs in Cloud Systems',
           'page': 1127,
           'start': '2025-07-09T09:15:00-04:00',
           'end': '2025-07-09T09:30:00-04:00',
           'authors': [
            {
             'name': 'Gen Dong',
             'affiliations': [
              'Huazhong University of Science and Technology',
             ],
            },
            {
             'name': 'Yu Hua',
             'affiliations': [
              'Huazhong University of Science and Technology',
             ],
            },
            {
             'name': 'Yongle Zhang',
             'affiliations': [
              'Purdue University',
             ],
            },
            {
             'name': 'Zhangyu Chen',
             'affiliations': [
              'Huazhong University of Science and Technology',
             ],
            },
            {
             'name': 'Menglei Chen',
             'affiliations': [
              'Huazhong University of Science and Technology',
             ],
            },
           ],
          },
          {
           'id': 'converos',
           'title': 'CONVEROS: Practical Model Checking for Verifying Rust OS Kernel Concurrency',
           'page': 1143,
           'start': '2025-07-09T09:30:00-04:00',
           'end': '2025-07-09T09:45:00-04:00',
           'authors': [
            {
             'name': 'Ruize Tang',
             'affiliations': [
              'State Key Laboratory for Novel Software Technology, Nanjing University',
             ],
            },
            {
             'name': 'Minghua Wang',
             'affiliations': [
              'Ant Group',
             ],
            },
            {
             'name': 'Xudong Sun',
             'affiliations': [
              'University of Illinois Urbana-Champaign',
             ],
            },
            {
             'name': 'Lin Huang',
             'affiliations': [
              'Ant Group',
             ],
            },
            {
             'name': 'Yu Huang',
             'affiliations': [
              'State Key Laboratory for Novel Software Technology, Nanjing University',
             ],
            },
            {
             'name': 'Xiaoxing Ma',
             'affiliations': [
              'State Key Laboratory for Novel Software Technology, Nanjing University',
             ],
            },
           ],
          },
          {
           'id': 'bin2wrong',
           'title': 'BIN2WRONG: a Unified Fuzzing Framework for Uncovering Semantic Errors in Binary-to-C Decompilers',
           'page': 1161,
           'start': '2025-07-09T09:45:00-04:00',
           'end': '2025-07-09T10:00:00-04:00',
           'authors': [
            {
             'name': 'Zao Yang',
             'affiliations': [
              'University of Utah',
             ],
            },
            {
             'name': 'Stefan Nagy',
             'affiliations': [
              'University of Utah',
             ],
            },
           ],
          },
          {
           'id': 'hec',
           'title': 'HEC: Equivalence Verification Checking for Code Transformation via Equality Saturation',
           'page': 1181,
           'start': '2025-07-09T10:00:00-04:00',
           'end': '2025-07-09T10:15:00-04:00',
           'authors': [
            {
             'name': 'Jiaqi Yin',
             'affiliations': [
              'University of Maryland, College Park',
             ],
            },
            {
             'name': 'Zhan Song',
             'affiliations': [
              'University of Maryland, College Park',
             ],
            },
            {
             'name': 'Nicolas Bohm Agostini',
             'affiliations': [
              'Pacific Northwest National Laboratory',
             ],
            },
            {
             'name': 'Antonino Tumeo',
             'affiliations': [
              'Pacific Northwest National Laboratory',
             ],
            },
            {
             'name': 'Cunxi Yu',
             'affiliations': [
              'University of Maryland, College Park',
             ],
            },
           ],
          },
         ],
        },
        {
         'id': 's16',
         'title': 'Software-Hardware Synergy: Accelerators, Memory, and Interconnects',
         'track': 'Track 2',
         'start': '2025-07-09T09:00:00-04:00',
         'end': '2025-07-09T10:15:00-04:00',
         'papers': [
          {
           'id': 'para-ksm',
           'title': 'Para-ksm: Parallelized Memory Deduplication with Data Streaming Accelerator',
           'page': 1197,
           'start': '2025-07-09T09:00:00-04:00',
           'end': '2025-07-09T09:15:00-04:00',
           'authors': [
            {
             'name': 'Houxiang Ji',
             'affiliations': [
              'University of Illinois Urbana-Champaign',
             ],
            },
            {
             'name': 'Minh Kim',
             'affiliations': [
              'Daegu Gyeongbuk Institute of Science and Technology',
             ],
            },
            {
             'name': 'Seonmu Oh',
             'affiliations': [
              'Daegu Gyeongbuk Institute of Science and Technology',
             ],
            },
            {
             'name': 'Daehoon Kim',
             'affiliations': [
              'Yonsei University',
             ],
            },
            {
             'name': 'Nam Sung Kim',
             'affiliations': [
              'University of Illinois Urbana-Champaign',
             ],
            },
           ],
          },
          {
           'id': 'dsa-2lm',
           'title': 'DSA-2LM: A CPU-Free Tiered Memory Architecture with Intel DSA',
           'page': 1213,
           'start': '2025-07-09T09:15:00-04:00',
           'end': '2025-07-09T09:30:00-04:00',
           'authors': [
            {
             'name': 'Ruili Liu',
             'affiliations': [
              'Tsinghua University and University of Electronic Science and Technology of China',
             ],
            },
            {
             'name': 'Teng Ma',
             'affiliations': [
              'Alibaba Group',
             ],
            },
            {
             'name': 'Mingxing Zhang',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Jialiang Huang',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Yingdi Shan',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Zheng Liu',
             'affiliations': [
              'Alibaba Group',
             ],
            },
            {
             'name': 'Lingfeng Xiang',
             'affiliations': [
              'The University of Texas at Arlington',
             ],
            },
            {
             'name': 'Zhen Lin',
             'affiliations': [
              'The University of Texas at Arlington',
             ],
            },
            {
             'name': 'Hui Lu',
             'affiliations': [
              'The University of Texas at Arlington',
             ],
            },
            {
             'name': 'Jia Rao',
             'affiliations': [
              'The University of Texas at Arlington',
             ],
            },
            {
             'name': 'Kang Chen',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Yongwei Wu',
             'affiliations': [
              'Tsinghua University',
             ],
            },
           ],
          },
          {
           'id': 'turbocharge-anns-real',
           'title': 'Turbocharge ANNS on Real Processing-in-Memory by Enabling Fine-Grained Per-PIM-Core Scheduling',
           'page': 1223,
           'start': '2025-07-09T09:30:00-04:00',
           'end': '2025-07-09T09:45:00-04:00',
           'authors': [
            {
             'name': 'Puqing Wu',
             'affiliations': [
              'Renmin University of China',
             ],
            },
            {
             'name': 'Minhui Xie',
             'affiliations': [
              'Renmin University of China',
             ],
            },
            {
             'name': 'Enrui Zhao',
             'affiliations': [
              'Renmin University of China',
             ],
            },
            {
             'name': 'Dafang Zhang',
             'affiliations': [
              'Renmin University of China',
             ],
            },
            {
             'name': 'Jing Wang',
             'affiliations': [
              'Renmin University of China',
             ],
            },
            {
             'name': 'Xiao Liang',
             'affiliations': [
              'Kuaishou',
             ],
            },
            {
             'name': 'Kai Ren',
             'affiliations': [
              'Kuaishou',
             ],
            },
            {
             'name': 'Yunpeng Chai',
             'affiliations': [
              'Renmin University of China',
             ],
            },
           ],
          },
          {
           'id': 'swcc',
           'title': 'SwCC: Software-Programmable and Per-Packet Congestion Control in RDMA Engine',
           'page': 1243,
           'start': '2025-07-09T09:45:00-04:00',
           'end': '2025-07-09T10:00:00-04:00',
           'authors': [
            {
             'name': 'Hongjing Huang',
             'affiliations': [
              'Zhejiang University',
             ],
            },
            {
             'name': 'Jie Zhang',
             'affiliations': [
              'Zhejiang University',
             ],
            },
            {
             'name': 'Xuzheng Chen',
             'affiliations': [
              'Zhejiang University',
             ],
            },
            {
             'name': 'Ziyu Song',
             'affiliations': [
              'Zhejiang University',
             ],
            },
            {
             'name': 'Jiajun Qin',
             'affiliations': [
              'Zhejiang University',
             ],
            },
            {
             'name': 'Zeke Wang',
             'affiliations': [
              'Zhejiang University',
             ],
            },
           ],
          },
          {
           'id': 'drack',
           'title': 'DRack: A CXL-Disaggregated Rack Architecture to Boost Inter-Rack Communication',
           'page': 1261,
           'start': '2025-07-09T10:00:00-04:00',
           'end': '2025-07-09T10:15:00-04:00',
           'authors': [
            {
             'name': 'Xu Zhang',
             'affiliations': [
              'SKLP, Institute of Computing Technology, CAS',
              'University of Chinese Academy of Sciences',
             ],
            },
            {
             'name': 'Ke Liu',
             'affiliations': [
              'SKLP, Institute of Computing Technology, CAS',
              'University of Chinese Academy of Sciences',
             ],
            },
            {
             'name': 'Yuan Hui',
             'affiliations': [
              'Huawei',
             ],
            },
            {
             'name': 'Xiaolong Zheng',
             'affiliations': [
              'Huawei',
             ],
            },
            {
             'name': 'Yisong Chang',
             'affiliations': [
              'SKLP, Institute of Computing Technology, CAS',
              'University of Chinese Academy of Sciences',
             ],
            },
            {
             'name': 'Yizhou Shan',
             'affiliations': [
              'Huawei Cloud',
             ],
            },
            {
             'name': 'Guanghui Zhang',
             'affiliations': [
              'Shandong University',
             ],
            },
            {
             'name': 'Ke Zhang',
             'affiliations': [
              'SKLP, Institute of Computing Technology, CAS',
              'University of Chinese Academy of Sciences',
             ],
            },
            {
             'name': 'Yungang Bao',
             'affiliations': [
              'SKLP, Institute of Computing Technology, CAS',
              'University of Chinese Academy of Sciences',
             ],
            },
            {
             'name': 'Mingyu Chen',
             'affiliations': [
              'SKLP, Institute of Computing Technology, CAS',
              'University of Chinese Academy of Sciences',
             ],
            },
            {
             'name': 'Chenxi Wang',
             'affiliations': [
              'SKLP, Institute of Computing Technology, CAS',
              'University of Chinese Academy of Sciences',
             ],
            },
           ],
          },
         ],
        },
        {
         'id': 's17',
         'title': 'Securing the Stack: Attestation, Memory Protection, and Privacy',
         'track': 'Track 1',
         'start': '2025-07-09T10:45:00-04:00',
         'end': '2025-07-09T11:45:00-04:00',
         'papers': [
          {
           'id': 'shieldreduce',
           'title': 'ShieldReduce: Fine-Grained Shielded Data Reduction',
           'page': 1281,
           'start': '2025-07-09T10:45:00-04:00',
           'end': '2025-07-09T11:00:00-04:00',
           'authors': [
            {
             'name': 'Jingyuan Yang',
             'affiliations': [
              'University of Electronic Science and Technology of China',
             ],
            },
            {
             'name': 'Jun Wu',
             'affiliations': [
              'University of Electronic Science and Technology of China',
             ],
            },
            {
             'name': 'Ruilin Wu',
             'affiliations': [
              'University of Electronic Science and Technology of China',
             ],
            },
            {
             'name': 'Jingwei Li',
             'affiliations': [
              'University of Electronic Science and Technology of China',
             ],
            },
            {
             'name': 'Patrick P. C. Lee',
             'affiliations': [
              'The Chinese University of Hong Kong',
             ],
            },
            {
             'name': 'Xiong Li',
             'affiliations': [
              'University of Electronic Science and Technology of China',
             ],
            },
            {
             'name': 'Xiaosong Zhang',
             'affiliations': [
              'University of Electronic Science and Technology of China',
             ],
            },
           ],
          },
          {
           'id': 'memorytrap',
           'title': 'MemoryTrap: Booby Trapping Memory to Counter Memory Disclosure Attacks with Hardware Support',
           'page': 1297,
           'start': '2025-07-09T11:00:00-04:00',
           'end': '2025-07-09T11:15:00-04:00',
           'authors': [
            {
             'name': 'Chenke Luo',
             'affiliations': [
              'Wuhan University and Tulane University',
             ],
            },
            {
             'name': 'Jiang Ming',
             'affiliations': [
              'Tulane University',
             ],
            },
            {
             'name': 'Dongpeng Xu',
             'affiliations': [
              'University of New Hampshire',
             ],
            },
            {
             'name': 'Guojun Peng',
             'affiliations': [
              'Wuhan University',
             ],
            },
            {
             'name': 'Jianming Fu',
             'affiliations': [
              'Wuhan University',
             ],
            },
           ],
          },
          {
           'id': 'separate-but-together',
           'title': 'Separate but Together: Integrating Remote Attestation into TLS',
           'page': 1319,
           'start': '2025-07-09T11:15:00-04:00',
           'end': '2025-07-09T11:30:00-04:00',
           'authors': [
            {
             'name': 'Carsten Weinhold',
             'affiliations': [
              'Barkhausen Institut',
             ],
            },
            {
             'name': 'Muhammad Usama Sardar',
             'affiliations': [
              'TU Dresden',
             ],
            },
            {
             'name': 'Ionut Mihalcea',
             'affiliations': [
              'Arm',
             ],
            },
            {
             'name': 'Yogesh Deshpande',
             'affiliations': [
              'Arm',
             ],
            },
            {
             'name': 'Hannes Tschofenig',
             'affiliations': [
              'University of Applied Sciences Bonn-Rhein-Sieg',
             ],
            },
            {
             'name': 'Yaron Sheffer',
             'affiliations': [
              'Intuit',
             ],
            },
            {
             'name': 'Thomas Fossati',
             'affiliations': [
              'Linaro',
             ],
            },
            {
             'name': 'Michael Roitzsch',
             'affiliations': [
              'Barkhausen Institut',
             ],
            },
           ],
          },
          {
           'id': 'ddlumos',
           'title': 'DDLUMOS: Understanding and Detecting Atomic DDL Bugs in DBMSs',
           'page': 1327,
           'start': '2025-07-09T11:30:00-04:00',
           'end': '2025-07-09T11:45:00-04:00',
           'authors': [
            {
             'name': 'Zhiyong Wu',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Jie Liang',
             'affiliations': [
              'Beihang University',
             ],
            },
            {
             'name': 'Jingzhou Fu',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Wenqian Deng',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Yu Jiang',
             'affiliations': [
              'Tsinghua University',
             ],
            },
           ],
          },
         ],
        },
        {
         'id': 's18',
         'title': 'Hardware-Specific Optimizations: Space, Accelerators, and AI Chips',
         'track': 'Track 2',
         'start': '2025-07-09T10:45:00-04:00',
         'end': '2025-07-09T11:45:00-04:00',
         'papers': [
          {
           'id': 'spaceexit',
           'title': 'SpaceExit: Enabling Efficient Adaptive Computing in Space with Early Exits',
           'page': 1343,
           'start': '2025-07-09T10:45:00-04:00',
           'end': '2025-07-09T11:00:00-04:00',
           'authors': [
            {
             'name': 'Jiacheng Liu',
             'affiliations': [
              'Shanghai Jiao Tong University and The Chinese University of Hong Kong',
             ],
            },
            {
             'name': 'Xiaozhi Zhu',
             'affiliations': [
              'Shanghai Jiao Tong University',
             ],
            },
            {
             'name': 'Tongqiao Xu',
             'affiliations': [
              'Shanghai Jiao Tong University',
             ],
            },
            {
             'name': 'Xiaofeng Hou',
             'affiliations': [
              'Shanghai Jiao Tong University',
             ],
            },
            {
             'name': 'Chao Li',
             'affiliations': [
              'Shanghai Jiao Tong University',
             ],
            },
           ],
          },
          {
           'id': 'xrt',
           'title': 'XRT: An Accelerator-Aware Runtime for Accelerated Chip Multiprocessors',
           'page': 1359,
           'start': '2025-07-09T11:00:00-04:00',
           'end': '2025-07-09T11:15:00-04:00',
           'authors': [
            {
             'name': 'Neel Patel',
             'affiliations': [
              'Cornell University',
             ],
            },
            {
             'name': 'Mohammad Alian',
             'affiliations': [
              'Cornell University',
             ],
            },
           ],
          },
          {
           'id': 'dshuffle',
           'title': 'DShuffle: DPU-Optimized Shuffle Framework for Large-scale Data Processing',
           'page': 1371,
           'start': '2025-07-09T11:15:00-04:00',
           'end': '2025-07-09T11:30:00-04:00',
           'authors': [
            {
             'name': 'Chen Ding',
             'affiliations': [
              'Wuhan National Laboratory for Optoelectronics, Huazhong University of Science and Technology',
             ],
            },
            {
             'name': 'Sicen Li',
             'affiliations': [
              'Wuhan National Laboratory for Optoelectronics, Huazhong University of Science and Technology',
             ],
            },
            {
             'name': 'Kai Lu',
             'affiliations': [
              'Wuhan National Laboratory for Optoelectronics, Huazhong University of Science and Technology',
             ],
            },
            {
             'name': 'Ting Yao',
             'affiliations': [
              'Huawei Cloud',
             ],
            },
            {
             'name': 'Daohui Wang',
             'affiliations': [
              'Huawei Cloud',
             ],
            },
            {
             'name': 'Huatao Wu',
             'affiliations': [
              'Huawei Cloud',
             ],
            },
            {
             'name': 'Jiguang Wan',
             'affiliations': [
              'Wuhan National Laboratory for Optoelectronics, Huazhong University of Science and Technology',
             ],
            },
            {
             'name': 'Zhihu Tan',
             'affiliations': [
              'Wuhan National Laboratory for Optoelectronics, Huazhong University of Science and Technology',
             ],
            },
            {
             'name': 'Changsheng Xie',
             'affiliations': [
              'Wuhan National Laboratory for Optoelectronics, Huazhong University of Science and Technology',
             ],
            },
           ],
          },
          {
           'id': 'accelerating-model',
           'title': 'Accelerating Model Training on Ascend Chips: An Industrial System for Profiling, Analysis and Optimization',
           'page': 1387,
           'start': '2025-07-09T11:30:00-04:00',
           'end': '2025-07-09T11:45:00-04:00',
           'authors': [
            {
             'name': 'Yuhang Zhou',
             'affiliations': [
              'Nanjing University',
             ],
            },
            {
             'name': 'Zibo Wang',
             'affiliations': [
              'Nanjing University',
             ],
            },
            {
             'name': 'Zhibin Wang',
             'affiliations': [
              'Nanjing University',
             ],
            },
            {
             'name': 'Ruyi Zhang',
             'affiliations': [
              'Nanjing University',
             ],
            },
            {
             'name': 'Chen Tian',
             'affiliations': [
              'Nanjing University',
             ],
            },
            {
             'name': 'Xiaoliang Wang',
             'affiliations': [
              'Nanjing University',
             ],
            },
            {
             'name': 'Wanchun Dou',
             'affiliations': [
              'Nanjing University',
             ],
            },
            {
             'name': 'Guihai Chen',
             'affiliations': [
              'Nanjing University',
             ],
            },
            {
             'name': 'Bingqiang Wang',
             'affiliations': [
              'Peng Cheng Laboratory',
             ],
            },
            {
             'name': 'Yonghong Tian',
             'affiliations': [
              'Peng Cheng Laboratory',
             ],
            },
            {
             'name': 'Yan Zhang',
             'affiliations': [
              'Peng Cheng Laboratory',
             ],
            },
            {
             'name': 'Hui Wang',
             'affiliations': [
              'Peng Cheng Laboratory',
             ],
            },
            {
             'name': 'Fuchun Wei',
             'affiliations': [
              'Huawei',
             ],
            },
            {
             'name': 'Boquan Sun',
             'affiliations': [
              'Huawei',
             ],
            },
            {
             'name': 'Jingyi Zhang',
             'affiliations': [
              'Huawei',
             ],
            },
            {
             'name': 'Bin She',
             'affiliations': [
              'Huawei',
             ],
            },
            {
             'name': 'Teng Su',
             'affiliations': [
              'Huawei',
             ],
            },
            {
             'name': 'Yifan Yao',
             'affiliations': [
              'Huawei',
             ],
            },
            {
             'name': 'Chunsheng Li',
             'affiliations': [
              'Huawei',
             ],
            },
            {
             'name': 'Ziyang Zhang',
             'affiliations': [
              'Huawei',
             ],
            },
            {
             'name': 'Yaoyuan Wang',
             'affiliations': [
              'Huawei',
             ],
            },
            {
             'name': 'Bin Zhou',
             'affiliations': [
              'Shandong University',
             ],
            },
            {
             'name': 'Guyue Liu',
             'affiliations': [
              'Peking University',
             ],
            },
           ],
          },
         ],
        },
        {
         'id': 's19',
         'title': 'Finding Faults: Concurrency, Numerics, and Kernel Fuzzing',
         'track': 'Track 1',
         'start': '2025-07-09T13:15:00-04:00',
         'end': '2025-07-09T14:30:00-04:00',
         'papers': [
          {
           'id': 'cafault',
           'title': 'CAFault: Enhance Fault Injection Technique in Practical Distributed Systems via Abundant Fault-Dependent Configurations',
           'page': 1409,
           'start': '2025-07-09T13:15:00-04:00',
           'end': '2025-07-09T13:30:00-04:00',
           'authors': [
            {
             'name': 'Yuanliang Chen',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Fuchen Ma',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Yuanhang Zhou',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Zhen Yan',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Yu Jiang',
             'affiliations': [
              'Tsinghua University',
             ],
            },
           ],
          },
          {
           'id': 'revealing-floating-point',
           'title': 'Revealing Floating-Point Accumulation Orders in Software/Hardware Implementations',
           'page': 1425,
           'start': '2025-07-09T13:30:00-04:00',
           'end': '2025-07-09T13:45:00-04:00',
           'authors': [
            {
             'name': 'Peichen Xie',
             'affiliations': [
              'Microsoft Research',
             ],
            },
            {
             'name': 'Yanjie Gao',
             'affiliations': [
              'Microsoft Research',
             ],
            },
            {
             'name': 'Yang Wang',
             'affiliations': [
              'Microsoft Research',
             ],
            },
            {
             'name': 'Jilong Xue',
             'affiliations': [
              'Microsoft Research',
             ],
            },
           ],
          },
          {
           'id': 'inferring-likely-counting',
           'title': 'Inferring Likely Counting-related Atomicity Program Properties for Persistent Memory',
           'page': 1441,
           'start': '2025-07-09T13:45:00-04:00',
           'end': '2025-07-09T14:00:00-04:00',
           'authors': [
            {
             'name': 'Yunmo Zhang',
             'affiliations': [
              'City University of Hong Kong',
             ],
            },
            {
             'name': 'Junqiao Qiu',
             'affiliations': [
              'City University of Hong Kong',
             ],
            },
            {
             'name': 'Hong Xu',
             'affiliations': [
              'The Chinese University of Hong Kong',
             ],
            },
            {
             'name': 'Chun Jason Xue',
             'affiliations': [
              'MBZUAI',
             ],
            },
           ],
          },
          {
           'id': 'optimizing-input',
           'title': 'Optimizing Input Minimization in Kernel Fuzzing',
           'page': 1451,
           'start': '2025-07-09T14:00:00-04:00',
           'end': '2025-07-09T14:15:00-04:00',
           'authors': [
            {
             'name': 'Hui Guo',
             'affiliations': [
              'East China Normal University',
             ],
            },
            {
             'name': 'Hao Sun',
             'affiliations': [
              'ETH Zurich',
             ],
            },
            {
             'name': 'Shan Huang',
             'affiliations': [
              'East China Normal University',
             ],
            },
            {
             'name': 'Ting Su',
             'affiliations': [
              'East China Normal University',
             ],
            },
            {
             'name': 'Geguang Pu',
             'affiliations': [
              'East China Normal University',
             ],
            },
            {
             'name': 'Shaohua Li',
             'affiliations': [
              'The Chinese University of Hong Kong',
             ],
            },
           ],
          },
          {
           'id': 'irhash',
           'title': 'IRHash: Efficient Multi-Language Compiler Caching by IR-Level Hashing',
           'page': 1467,
           'start': '2025-07-09T14:15:00-04:00',
           'end': '2025-07-09T14:30:00-04:00',
           'authors': [
            {
             'name': 'Tobias Landsberg',
             'affiliations': [
              'Leibniz Universität Hannover',
             ],
            },
            {
             'name': 'Johannes Grunenber',
             'affiliations': [
              'Leibniz Universität Hannover',
             ],
            },
            {
             'name': 'Christian Dietrich',
             'affiliations': [
              'Technische Universität Braunschweig',
             ],
            },
            {
             'name': 'Daniel Lohmann',
             'affiliations': [
              'Leibniz Universität Hannover',
             ],
            },
           ],
          },
         ],
        },
        {
         'id': 's20',
         'title': 'Advanced Distributed Systems: ML, Data, and Performance Tuning',
         'track': 'Track 2',
         'start': '2025-07-09T13:15:00-04:00',
         'end': '2025-07-09T14:30:00-04:00',
         'papers': [
          {
           'id': 'on-demand-container',
           'title': 'On-Demand Container Partitioning for Distributed ML',
           'page': 1481,
           'start': '2025-07-09T13:15:00-04:00',
           'end': '2025-07-09T13:30:00-04:00',
           'authors': [
            {
             'name': 'Giovanni Bartolomeo',
             'affiliations': [
              'Technical University of Munich',
             ],
            },
            {
             'name': 'Navidreza Asadi',
             'affiliations': [
              'Technical University of Munich',
             ],
            },
            {
             'name': 'Wolfgang Kellerer',
             'affiliations': [
              'Technical University of Munich',
             ],
            },
            {
             'name': 'Jorg Ott',
             'affiliations': [
              'Technical University of Munich',
             ],
            },
            {
             'name': 'Nitinder Mohan',
             'affiliations': [
              'TU Delft',
             ],
            },
           ],
          },
          {
           'id': 'pathweaver',
           'title': 'PathWeaver: A High-Throughput Multi-GPU System for Graph-Based Approximate Nearest Neighbor Search',
           'page': 1501,
           'start': '2025-07-09T13:30:00-04:00',
           'end': '2025-07-09T13:45:00-04:00',
           'authors': [
            {
             'name': 'Sukjin Kim',
             'affiliations': [
              'Seoul National University',
             ],
            },
            {
             'name': 'Seongyeon Park',
             'affiliations': [
              'Seoul National University',
             ],
            },
            {
             'name': 'Si Ung Noh',
             'affiliations': [
              'Seoul National University',
             ],
            },
            {
             'name': 'Junguk Hong',
             'affiliations': [
              'Seoul National University',
             ],
            },
            {
             'name': 'Taehee Kwon',
             'affiliations': [
              'Seoul National University',
             ],
            },
            {
             'name': 'Hunseong Lim',
             'affiliations': [
              'Seoul National University',
             ],
            },
            {
             'name': 'Jinho Lee',
             'affiliations': [
              'Seoul National University',
             ],
            },
           ],
          },
          {
           'id': 'universal-checkpointing',
           'title': 'Universal Checkpointing: A Flexible and Efficient Distributed Checkpointing System for Large-Scale DNN Training with Reconfigurable Parallelism',
           'page': 1519,
           'start': '2025-07-09T13:45:00-04:00',
           'end': '2025-07-09T14:00:00-04:00',
           'authors': [
            {
             'name': 'Xinyu Lian',
             'affiliations': [
              'University of Illinois Urbana–Champaign',
             ],
            },
            {
             'name': 'Sam Ade Jacobs',
             'affiliations': [
              'Microsoft',
             ],
            },
            {
             'name': 'Lev Kurilenko',
             'affiliations': [
              'Microsoft',
             ],
            },
            {
             'name': 'Masahiro Tanaka',
             'affiliations': [
              'Microsoft',
             ],
            },
            {
             'name': 'Stas Bekman',
             'affiliations': [
              'Snowflake',
             ],
            },
            {
             'name': 'Olatunji Ruwase',
             'affiliations': [
              'Microsoft',
             ],
            },
            {
             'name': 'Minjia Zhang',
             'affiliations': [
              'University of Illinois Urbana–Champaign',
             ],
            },
           ],
          },
          {
           'id': 'towards-high-performance',
           'title': 'Towards High-Performance Transactional Stateful Serverless Workflows with Affinity-Aware Leasing',
           'page': 1535,
           'start': '2025-07-09T14:00:00-04:00',
           'end': '2025-07-09T14:15:00-04:00',
           'authors': [
            {
             'name': 'Jianjun Zhao',
             'affiliations': [
              'Huazhong University of Science and Technology',
             ],
            },
            {
             'name': 'Haikun Liu',
             'affiliations': [
              'Huazhong University of Science and Technology',
             ],
            },
            {
             'name': 'Shuhao Zhang',
             'affiliations': [
              'Huazhong University of Science and Technology',
             ],
            },
            {
             'name': 'Haodi Lu',
             'affiliations': [
              'Huazhong University of Science and Technology',
             ],
            },
            {
             'name': 'Yancan Mao',
             'affiliations': [
              'School of Computing, National University of Singapore',
             ],
            },
            {
             'name': 'Zhuohui Duan',
             'affiliations': [
              'Huazhong University of Science and Technology',
             ],
            },
            {
             'name': 'Xiaofei Liao',
             'affiliations': [
              'Huazhong University of Science and Technology',
             ],
            },
            {
             'name': 'Hai Jin',
             'affiliations': [
              'Huazhong University of Science and Technology',
             ],
            },
           ],
          },
          {
           'id': 'swift',
           'title': 'Swift: Fast Performance Tuning with GAN-Generated Configurations',
           'page': 1553,
           'start': '2025-07-09T14:15:00-04:00',
           'end': '2025-07-09T14:30:00-04:00',
           'authors': [
            {
             'name': 'Chao Chen',
             'affiliations': [
              'Shenzhen Institutes of Advanced Technology, Chinese Academy of Sciences',
             ],
            },
            {
             'name': 'Shixin Huang',
             'affiliations': [
              'Shenzhen Institutes of Advanced Technology, Chinese Academy of Sciences',
             ],
            },
            {
             'name': 'Xuehai Qian',
             'affiliations': [
              'Tsinghua University',
             ],
            },
            {
             'name': 'Zhibin Yu',
             'affiliations': [
              'Shenzhen Institutes of Advanced Technology, Chinese Academy of Sciences',
              'Shuhai Lab, Huawei Cloud',
             ],
            },
           ],
          },
         ],
        },
        {
         'id': 's21',
         'title': 'OS, Mobile, and Reliability Challenges',
         'track': 'Track 1',
         'start': '2025-07-09T15:00:00-04:00',
         'end': '2025-07-09T16:00:00-04:00',
         'papers': [
          {
           'id': 'pmr',
           'title': 'PMR: Fast Application Response via Parallel Memory Reclaim on Mobile Devices',
           'page': 1569,
           'start': '2025-07-09T15:00:00-04:00',
           'end': '2025-07-09T15:15:00-04:00',
           'authors': [
            {
             'name': 'Wentong Li',
             'affiliations': [
              'MoE Engineering Research Center of Software/Hardware Co-Design Technology and Application, East China Normal University, Shanghai, China',
              'School of Computer Science and Technology, East China Normal University',
             ],
            },
            {
             'name': 'Li-Pin Chang',
             'affiliations': [
              'National Yang Ming Chiao Tung University, Taiwan',
             ],
            },
            {
             'name': 'Yu Mao',
             'affiliations': [
              'City University of Hong Kong, Hong Kong',
              'MBZUAI, Abu Dhabi',
             ],
            },
            {
             'name': 'Liang Shi',
             'affiliations': [
              'MoE Engineering Research Center of Software/Hardware Co-Design Technology and Application, East China Normal University, Shanghai, China',
              'School of Computer Science and Technology, East China Normal University',
             ],
            },
           ],
          },
          {
           'id': 'save',
           'title': 'SAVE: Software-Implemented Fault Tolerance for Model Inference against GPU Memory Bit Flips',
           'page': 1585,
           'start': '2025-07-09T15:15:00-04:00',
           'end': '2025-07-09T15:30:00-04:00',
           'authors': [
            {
             'name': 'Wenxin Zheng',
             'affiliations': [
              'Shanghai Jiao Tong University',
             ],
            },
            {
             'name': 'Bin Xu',
             'affiliations': [
              'Shanghai Jiao Tong University',
             ],
            },
            {
             'name': 'Jinyu Gu',
             'affiliations': [
              'Shanghai Jiao Tong University',
             ],
            },
            {
             'name': 'Haibo Chen',
             'affiliations': [
              'Shanghai Jiao Tong University',
             ],
            },
           ],
          },
          {
           'id': 'identifying-analyzing',
           'title': 'Identifying and Analyzing Pitfalls in GNN Systems',
           'page': 1605,
           'start': '2025-07-09T15:30:00-04:00',
           'end': '2025-07-09T15:45:00-04:00',
           'authors': [
            {
             'name': 'Yidong Gong',
             'affiliations': [
              'William & Mary',
             ],
            },
            {
             'name': 'Arnab Kanti Tarafder',
             'affiliations': [
              'William & Mary',
             ],
            },
            {
             'name': 'Saima Afrin',
             'affiliations': [
              'William & Mary',
             ],
            },
            {
             'name': 'Pradeep Kumar',
             'affiliations': [
              'William & Mary',
             ],
            },
           ],
          },
          {
           'id': 'bluetooth-low-energy',
           'title': 'Bluetooth Low Energy Security Testing with Combinatorial Methods',
           'page': 1625,
           'start': '2025-07-09T15:45:00-04:00',
           'end': '2025-07-09T16:00:00-04:00',
           'authors': [
            {
             'name': 'Dominik-Philip Schreiber',
             'affiliations': [
              'SBA Research',
             ],
            },
            {
             'name': 'Manuel Leithner',
             'affiliations': [
              'SBA Research',
             ],
            },
            {
             'name': 'Jovan Zivanovic',
             'affiliations': [
              'SBA Research',
             ],
            },
            {
             'name': 'Dimitris E. Simos',
             'affiliations': [
              'SBA Research, Salzburg University of Applied Sciences, and Paris Lodron University of Salzburg',
             ],
            },
           ],
          },
         ],
        },
        {
         'id': 's22',
         'title': 'Intelligent Resource Management: Federation, Colocation, and ML for Systems',
         'track': 'Track 2',
         'start': '2025-07-09T15:00:00-04:00',
         'end': '2025-07-09T16:00:00-04:00',
         'papers': [
          {
           'id': 'resource-multiplexing',
           'title': 'Resource Multiplexing in Tuning and Serving Large Language Models',
           'page': 1639,
           'start': '2025-07-09T15:00:00-04:00',
           'end': '2025-07-09T15:15:00-04:00',
           'authors': [
            {
             'name': 'Yongjun He',
             'affiliations': [
              'ETH Zurich',
             ],
            },
            {
             'name': 'Haofeng Yang',
             'affiliations': [
              'ETH Zurich',
             ],
            },
            {
             'name': 'Yao Lu',
             'affiliations': [
              'National University of Singapore',
             ],
            },
            {
             'name': 'Ana Klimovic',
             'affiliations': [
              'ETH Zurich',
             ],
            },
            {
             'name': 'Gustavo Alonso',
             'affiliations': [
              'ETH Zurich',
             ],
            },
           ],
          },
          {
           'id': 'colocating-ml-inference',
           'title': 'Colocating ML Inference and Training with Fast GPU Memory Handover',
           'page': 1657,
           'start': '2025-07-09T15:15:00-04:00',
           'end': '2025-07-09T15:30:00-04:00',
           'authors': [
            {
             'name': 'Jiali Wang',
             'affiliations': [
              'Institute of Parallel and Distributed Systems, Shanghai Jiao Tong University',
             ],
            },
            {
             'name': 'Yankui Wang',
             'affiliations': [
              'Institute of Parallel and Distributed Systems, Shanghai Jiao Tong University',
             ],
            },
            {
             'name': 'Mingcong Han',
             'affiliations': [
              'Institute of Parallel and Distributed Systems, Shanghai Jiao Tong University',
             ],
            },
            {
             'name': 'Rong Chen',
             'affiliations': [
              'Institute of Parallel and Distributed Systems, Shanghai Jiao Tong University',
             ],
            },
           ],
          },
          {
           'id': 'assyllm',
           'title': 'AssyLLM: Efficient Federated Fine-tuning of LLMs via Assembling Pre-trained Blocks',
           'page': 1677,
           'start': '2025-07-09T15:30:00-04:00',
           'end': '2025-07-09T15:45:00-04:00',
           'authors': [
            {
             'name': 'Shichen Zhan',
             'affiliations': [
              'University of Macau',
             ],
            },
            {
             'name': 'Li Li',
             'affiliations': [
              'University of Macau',
             ],
            },
            {
             'name': 'Chengzhong Xu',
             'affiliations': [
              'University of Macau',
             ],
            },
           ],
          },
          {
           'id': 'learning-enhanced-high',
           'title': 'Learning-Enhanced High-Throughput Pattern Matching Based on Programmable Data Plane',
           'page': 1693,
           'start': '2025-07-09T15:45:00-04:00',
           'end': '2025-07-09T16:00:00-04:00',
           'authors': [
            {
             'name': 'Guanglin Duan',
             'affiliations': [
              'Peng Cheng Laboratory, Tsinghua Shenzhen International Graduate School',
             ],
            },
            {
             'name': 'Yucheng Huang',
             'affiliations': [
              'Peng Cheng Laboratory, Tsinghua Shenzhen International Graduate School',
             ],
            },
            {
             'name': 'Zhengxin Zhang',
             'affiliations': [
              'Peng Cheng Laboratory, Tsinghua Shenzhen International Graduate School, and Cornell University',
             ],
            },
            {
             'name': 'Qing Li',
             'affiliations': [
              'Peng Cheng Laboratory',
             ],
            },
            {
             'name': 'Dan Zhao',
             'affiliations': [
              'Peng Cheng Laboratory',
             ],
            },
            {
             'name': 'Zili Meng',
             'affiliations': [
              'Hong Kong University of Science and Technology',
             ],
            },
            {
             'name': 'Dirk Kutscher',
             'affiliations': [
              'Hong Kong University of Science and Technology (Guangzhou)',
             ],
            },
            {
             'name': 'Ruoyu Li',
             'affiliations': [
              'Shenzhen University and Peng Cheng Laboratory',
             ],
            },
            {
             'name': 'Yong Jiang',
             'affiliations': [
              'Tsinghua Shenzhen International Graduate School',
             ],
            },
            {
             'name': 'Mingwei Xu',
             'affiliations': [
              'Tsinghua University',
             ],
            },
           ],
          },
         ],
        },
       ],
      },
     ],
    }
