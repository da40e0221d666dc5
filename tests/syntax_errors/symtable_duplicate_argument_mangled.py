class C:
    def method(self, __secret, _C__secret):
        pass
