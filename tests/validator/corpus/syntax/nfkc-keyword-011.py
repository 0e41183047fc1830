import Ｆａｌｓｅ
