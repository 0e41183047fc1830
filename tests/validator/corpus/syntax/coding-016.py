# coding: utf-32
