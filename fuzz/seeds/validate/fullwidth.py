ｅｖａｌ('1')
import ｏｓ
